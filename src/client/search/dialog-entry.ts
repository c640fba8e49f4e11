// The search dialog's script as one standalone bundle, loaded by open.ts on first use (the
// dialog is already open and may hold what the reader typed meanwhile).
import { enableSearchDialog } from './dialog.ts';

enableSearchDialog();
