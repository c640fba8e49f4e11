// Word banks for generated help articles, in Indonesian and English: sentences of the length
// and tone of real help-center text, so page and search-index sizes are realistic.
// `{object}`, `{item}`, `{days}` and `{place}` are filled in per article.

export interface TextBank {
  verbs: string[];
  objects: string[];
  items: string[];
  places: string[];
  titleTemplate: string;
  descriptions: string[];
  intros: string[];
  methodTitles: string[];
  methodIntros: string[];
  steps: string[];
  subPoints: string[];
  tips: string[];
  warnings: string[];
  seeAlso: string;
  references: string[];
  /** Phrases say English sentences to an agent; `meaning` is in the reader's language. */
  phrases: { say: string; meaning: string }[];
  keywords: string[];
}

const en: TextBank = {
  verbs: [
    'Cancel',
    'Return',
    'Track',
    'Change',
    'Replace',
    'Report',
    'Get a refund for',
    'Update',
    'Verify',
    'Recover',
    'Dispute',
    'Confirm',
  ],
  objects: [
    'an order',
    'a payment',
    'a late delivery',
    'your delivery address',
    'a damaged item',
    'a gift card',
    'your password',
    'a subscription',
    'a missing package',
    'an invoice',
    'a device',
    "a seller's offer",
    'a double charge',
    'a wrong item',
  ],
  items: [
    'bath towel',
    'phone case',
    'pair of shoes',
    'rice cooker',
    'desk lamp',
    'backpack',
    'set of plates',
    'charger',
    'winter jacket',
    'book',
  ],
  places: [
    'the Contact Us page',
    'the chat window',
    'the order details page',
    'your account settings',
    'the returns centre',
    'the message centre',
  ],
  titleTemplate: '{verb} {object}',
  descriptions: [
    'What to prepare, where to click and what to say so that customer service can sort out {object} on the first contact.',
    'Two ways to handle {object}: on your own from {place}, or with a person in the chat. Takes about ten minutes.',
    'The steps to deal with {object}, the details the agent will ask for, and what to do when the first answer does not help.',
  ],
  intros: [
    'Problems with {object} are among the most common reasons shoppers contact customer service.',
    'Most of the time you can settle {object} yourself, but an agent can help when the page does not offer the option you need.',
    'Have your order number at hand before you start: every channel asks for it first.',
    'Agents see the same order history as you do, so a clear description saves both of you time.',
    'If the {item} arrived more than {days} days ago, some options may no longer be shown.',
  ],
  methodTitles: [
    'Use {place}',
    'Ask an agent in the chat',
    'Call customer service',
    'Send a written request',
    'Solve it from the order page',
  ],
  methodIntros: [
    'This way works best when you have your order number and a few minutes to spare.',
    'Choose this way if the option you need is missing or greyed out on the page.',
    'Use this way when the problem is urgent or when you have already tried once.',
  ],
  steps: [
    'Open {place} and sign in with the account you used for the order.',
    'Choose the order with the {item} from the list of recent orders.',
    'Pick the topic that matches {object}; if none fits, type a short description instead.',
    'Explain what happened in one or two sentences, with the date you ordered and the date it arrived.',
    'Say what outcome you think is fair, for example a replacement {item} or a refund.',
    "Write down the agent's name and the case number before you close the window.",
    'Check your e-mail for the confirmation and keep it until the matter is closed.',
    'Wait for the answer; most agents reply within a few minutes during opening hours.',
  ],
  subPoints: [
    'The order number starts with three digits and has two dashes.',
    'If you cannot sign in, reset your password by e-mail first.',
    'A photo of the {item} helps when it arrived damaged.',
    'Keep the packaging until the case is closed.',
    'You can switch topics at any time if the answer does not help.',
    'Prices and dates are in your order confirmation e-mail.',
    'The agent may ask you to confirm your delivery address.',
    'Refunds usually appear on your statement within {days} working days.',
  ],
  tips: [
    'Patience pays off: a calm, friendly message gets a faster and better answer.',
    'After the chat you can rate the conversation and leave a comment for the team.',
    'If the first agent cannot help, politely ask whether a supervisor can look at the case.',
    'Gather every detail before you start, so you do not have to leave the chat to look for it.',
  ],
  warnings: [
    'Never share your password or a full card number in the chat: agents never ask for them.',
    'Some options expire {days} days after delivery; act early if the {item} is faulty.',
  ],
  seeAlso: 'See also {links}.',
  references: [
    "The store's help pages on orders and returns, checked on the review date.",
    "A shopper's guide to reaching customer service, used for the steps above.",
    "The store's conditions of sale, section on refunds.",
  ],
  phrases: [
    {
      say: 'Could you connect me with a human associate, please?',
      meaning: 'Asks for a person instead of the automated assistant.',
    },
    {
      say: 'I know this is not your fault, and I appreciate your help.',
      meaning: 'Shows the agent you are not blaming them.',
    },
    { say: 'I would like to return this item and receive the one I ordered.', meaning: 'Says what outcome you want.' },
    { say: 'Could I speak with a manager about this case, please?', meaning: 'Politely asks to escalate the case.' },
    {
      say: 'I have shopped here for years and I am sure we can fix this.',
      meaning: 'Keeps the conversation friendly.',
    },
  ],
  keywords: [
    'refund',
    'return',
    'order',
    'delivery',
    'package',
    'chat',
    'agent',
    'complaint',
    'invoice',
    'account',
    'password',
    'money back',
    'replacement',
    'customer service',
  ],
};

const id: TextBank = {
  verbs: [
    'Membatalkan',
    'Mengembalikan',
    'Melacak',
    'Mengubah',
    'Mengganti',
    'Melaporkan',
    'Meminta dana kembali untuk',
    'Memperbarui',
    'Memverifikasi',
    'Memulihkan',
    'Menyanggah',
    'Mengonfirmasi',
  ],
  objects: [
    'pesanan',
    'pembayaran',
    'pengiriman yang terlambat',
    'alamat pengiriman',
    'barang yang rusak',
    'kartu hadiah',
    'kata sandi',
    'langganan',
    'paket yang hilang',
    'faktur',
    'perangkat',
    'penawaran penjual',
    'tagihan ganda',
    'barang yang salah',
  ],
  items: [
    'handuk mandi',
    'casing ponsel',
    'sepasang sepatu',
    'penanak nasi',
    'lampu meja',
    'ransel',
    'set piring',
    'pengisi daya',
    'jaket musim dingin',
    'buku',
  ],
  places: [
    'halaman Contact Us',
    'jendela obrolan',
    'halaman detail pesanan',
    'pengaturan akun',
    'pusat pengembalian',
    'pusat pesan',
  ],
  titleTemplate: '{verb} {object}',
  descriptions: [
    'Apa yang perlu disiapkan, di mana mengeklik, dan apa yang dikatakan agar layanan pelanggan bisa menyelesaikan {object} pada kontak pertama.',
    'Dua cara mengurus {object}: sendiri dari {place}, atau bersama agen di obrolan. Sekitar sepuluh menit.',
    'Langkah-langkah mengurus {object}, data yang akan ditanyakan agen, dan apa yang dilakukan jika jawaban pertama tidak membantu.',
  ],
  intros: [
    'Masalah {object} termasuk alasan paling umum pembeli menghubungi layanan pelanggan.',
    'Biasanya Anda bisa menyelesaikan {object} sendiri, tetapi agen dapat membantu jika pilihan yang Anda perlukan tidak muncul.',
    'Siapkan nomor pesanan sebelum mulai: setiap saluran menanyakannya lebih dulu.',
    'Agen melihat riwayat pesanan yang sama dengan Anda, jadi penjelasan yang jelas menghemat waktu kedua pihak.',
    'Jika {item} tiba lebih dari {days} hari yang lalu, beberapa pilihan mungkin sudah tidak ditampilkan.',
  ],
  methodTitles: [
    'Gunakan {place}',
    'Tanyakan agen di obrolan',
    'Telepon layanan pelanggan',
    'Kirim permintaan tertulis',
    'Selesaikan dari halaman pesanan',
  ],
  methodIntros: [
    'Cara ini paling cocok jika Anda punya nomor pesanan dan beberapa menit waktu luang.',
    'Pilih cara ini jika pilihan yang Anda perlukan tidak ada atau berwarna abu-abu di halaman.',
    'Gunakan cara ini jika masalahnya mendesak atau Anda sudah pernah mencoba sekali.',
  ],
  steps: [
    'Buka {place} dan masuk dengan akun yang Anda pakai untuk memesan.',
    'Pilih pesanan berisi {item} dari daftar pesanan terbaru.',
    'Pilih topik yang sesuai dengan {object}; jika tidak ada yang cocok, ketik penjelasan singkat.',
    'Jelaskan apa yang terjadi dalam satu atau dua kalimat, beserta tanggal pemesanan dan tanggal barang tiba.',
    'Sebutkan penyelesaian yang menurut Anda adil, misalnya {item} pengganti atau pengembalian dana.',
    'Catat nama agen dan nomor kasus sebelum menutup jendela.',
    'Periksa e-mail Anda untuk konfirmasi dan simpan sampai urusannya selesai.',
    'Tunggu jawabannya; sebagian besar agen membalas dalam beberapa menit pada jam layanan.',
  ],
  subPoints: [
    'Nomor pesanan diawali tiga angka dan memiliki dua tanda hubung.',
    'Jika tidak bisa masuk, atur ulang kata sandi lewat e-mail terlebih dahulu.',
    'Foto {item} membantu jika barang tiba dalam keadaan rusak.',
    'Simpan kemasannya sampai kasus ditutup.',
    'Anda bisa mengganti topik kapan saja jika jawabannya tidak membantu.',
    'Harga dan tanggal ada di e-mail konfirmasi pesanan.',
    'Agen mungkin meminta Anda memastikan alamat pengiriman.',
    'Dana biasanya kembali ke rekening dalam {days} hari kerja.',
  ],
  tips: [
    'Kesabaran membuahkan hasil: pesan yang tenang dan ramah mendapat jawaban yang lebih cepat dan lebih baik.',
    'Setelah obrolan selesai, Anda bisa menilai percakapan dan meninggalkan komentar untuk tim.',
    'Jika agen pertama tidak bisa membantu, tanyakan dengan sopan apakah atasan bisa memeriksa kasusnya.',
    'Kumpulkan semua detail sebelum mulai, agar tidak perlu meninggalkan obrolan untuk mencarinya.',
  ],
  warnings: [
    'Jangan pernah membagikan kata sandi atau nomor kartu lengkap di obrolan: agen tidak pernah memintanya.',
    'Beberapa pilihan berakhir {days} hari setelah pengiriman; segera bertindak jika {item} bermasalah.',
  ],
  seeAlso: 'Lihat juga {links}.',
  references: [
    'Halaman bantuan toko tentang pesanan dan pengembalian, diperiksa pada tanggal tinjauan.',
    'Panduan pembeli untuk menghubungi layanan pelanggan, dipakai untuk langkah di atas.',
    'Syarat penjualan toko, bagian tentang pengembalian dana.',
  ],
  phrases: [
    {
      say: 'Could you connect me with a human associate, please?',
      meaning: 'Meminta berbicara dengan orang, bukan asisten otomatis.',
    },
    {
      say: 'I know this is not your fault, and I appreciate your help.',
      meaning: 'Menunjukkan bahwa Anda tidak menyalahkan agen.',
    },
    {
      say: 'I would like to return this item and receive the one I ordered.',
      meaning: 'Menyebutkan penyelesaian yang Anda inginkan.',
    },
    {
      say: 'Could I speak with a manager about this case, please?',
      meaning: 'Meminta dengan sopan agar kasus diteruskan ke atasan.',
    },
    { say: 'I have shopped here for years and I am sure we can fix this.', meaning: 'Menjaga percakapan tetap ramah.' },
  ],
  keywords: [
    'refund',
    'retur',
    'pesanan',
    'pengiriman',
    'paket',
    'chat',
    'agen',
    'komplain',
    'faktur',
    'akun',
    'kata sandi',
    'uang kembali',
    'penggantian',
    'cs',
  ],
};

const banks: Record<string, TextBank> = { en, id };

/** The bank for a locale; a locale without its own bank writes English. */
export function textBank(locale: string): TextBank {
  return banks[locale] ?? en;
}

/** Replaces `{name}` slots. */
export function fillSlots(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
