// Marks text a writer still has to replace. `npm run new` writes it into every scaffold; the check
// reports it (placeholder-text) so a scaffold's TODO never reaches readers unnoticed.
export const placeholderMark = 'TODO';
