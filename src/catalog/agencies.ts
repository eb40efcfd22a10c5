/**
 * News and photo agencies: the names that appear in datelines
 * (`TOKYO (Sputnik) -`), photo credits (`© AFP 2019 / NAME`) and bylines.
 * `name` is the normalised form users filter on; `aliases` are the spellings
 * seen in text (matched case-insensitively, whole words).
 */
export interface Agency {
  readonly name: string;
  readonly aliases: readonly string[];
  /** True for agencies that sell photos, so a bare `Name/Agency` line is a credit. */
  readonly photo?: boolean;
  /**
   * True for photo agencies and stock libraries that publish no news (Getty
   * Images, Shutterstock, EPA): never a story's source, whatever line names them.
   */
  readonly photoOnly?: boolean;
}

export const AGENCIES: readonly Agency[] = [
  {
    name: "Reuters",
    aliases: ["Reuters", "Thomson Reuters", "رويترز", "Рейтер", "ロイター", "路透社"],
    photo: true,
  },
  {
    name: "AP",
    aliases: ["AP", "Associated Press", "The Associated Press", "AP Photo"],
    photo: true,
  },
  {
    name: "AFP",
    aliases: [
      "AFP",
      "Agence France-Presse",
      "Agence France Presse",
      "AFP Photo",
      "فرانس برس",
      "أ ف ب", // Arabic outlets' abbreviation in datelines: "بيروت (أ ف ب) -"
      "ا ف ب",
      "法新社",
    ],
    photo: true,
  },
  {
    name: "Sputnik",
    aliases: ["Sputnik", "Sputnik International", "Sputnik News", "Спутник", "سبوتنيك"],
    photo: true,
  },
  { name: "RIA Novosti", aliases: ["RIA Novosti", "RIA", "РИА Новости"], photo: true },
  { name: "TASS", aliases: ["TASS", "ITAR-TASS", "ТАСС"], photo: true },
  { name: "Interfax", aliases: ["Interfax", "Интерфакс"] },
  {
    name: "Xinhua",
    aliases: ["Xinhua", "Xinhua News Agency", "新华社", "شينخوا", "Синьхуа"],
    photo: true,
  },
  { name: "Kyodo", aliases: ["Kyodo", "Kyodo News", "共同通信", "共同"], photo: true },
  { name: "Jiji Press", aliases: ["Jiji", "Jiji Press", "時事通信", "時事"] },
  { name: "Yonhap", aliases: ["Yonhap", "Yonhap News Agency", "연합뉴스"], photo: true },
  { name: "dpa", aliases: ["dpa", "Deutsche Presse-Agentur", "د ب أ"], photo: true },
  { name: "EFE", aliases: ["EFE", "Agencia EFE"], photo: true },
  {
    name: "EPA",
    aliases: ["EPA", "EPA-EFE", "European Pressphoto Agency"],
    photo: true,
    photoOnly: true,
  },
  { name: "ANSA", aliases: ["ANSA"], photo: true },
  {
    name: "Anadolu",
    aliases: ["Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA", "الأناضول"],
    photo: true,
  },
  { name: "UPI", aliases: ["UPI", "United Press International"], photo: true },
  {
    name: "PA",
    aliases: ["PA", "PA Media", "Press Association", "PA Wire", "PA Images"],
    photo: true,
  },
  { name: "Bloomberg", aliases: ["Bloomberg", "Bloomberg News"], photo: true },
  { name: "Canadian Press", aliases: ["Canadian Press", "The Canadian Press", "CP"], photo: true },
  { name: "AAP", aliases: ["AAP", "Australian Associated Press"], photo: true },
  { name: "PTI", aliases: ["PTI", "Press Trust of India"], photo: true },
  { name: "IANS", aliases: ["IANS"] },
  { name: "ANI", aliases: ["ANI"] },
  { name: "Ukrinform", aliases: ["Ukrinform", "Укрінформ"] },
  { name: "UNIAN", aliases: ["UNIAN", "УНІАН"] },
  { name: "BelTA", aliases: ["BelTA", "БелТА"] },
  { name: "IRNA", aliases: ["IRNA"] },
  { name: "WAM", aliases: ["WAM"] },
  { name: "SPA", aliases: ["SPA", "Saudi Press Agency"] },
  { name: "MENA", aliases: ["MENA"] },
  { name: "Bernama", aliases: ["Bernama"] },
  { name: "Antara", aliases: ["Antara"] },
  { name: "PAP", aliases: ["PAP", "Polska Agencja Prasowa"] },
  { name: "CTK", aliases: ["CTK", "ČTK"] },
  { name: "APA", aliases: ["APA"] },
  { name: "Belga", aliases: ["Belga"], photo: true },
  { name: "ANP", aliases: ["ANP"], photo: true },
  { name: "TT", aliases: ["TT", "TT News Agency"] },
  { name: "NTB", aliases: ["NTB"] },
  { name: "Ritzau", aliases: ["Ritzau"] },
  { name: "Lusa", aliases: ["Lusa"] },
  { name: "Agência Brasil", aliases: ["Agência Brasil", "Agencia Brasil"] },
  { name: "Notimex", aliases: ["Notimex"] },
  { name: "Prensa Latina", aliases: ["Prensa Latina"] },
  { name: "KCNA", aliases: ["KCNA"] },
  { name: "CNA", aliases: ["CNA", "Central News Agency"] },
  { name: "IRIB", aliases: ["IRIB"] },
  { name: "Getty Images", aliases: ["Getty Images", "Getty"], photo: true, photoOnly: true },
  { name: "Shutterstock", aliases: ["Shutterstock"], photo: true, photoOnly: true },
  { name: "iStock", aliases: ["iStock", "iStockphoto"], photo: true, photoOnly: true },
  { name: "Alamy", aliases: ["Alamy", "Alamy Stock Photo"], photo: true, photoOnly: true },
  { name: "Depositphotos", aliases: ["Depositphotos"], photo: true, photoOnly: true },
  { name: "Unsplash", aliases: ["Unsplash"], photo: true, photoOnly: true },
  { name: "Pexels", aliases: ["Pexels"], photo: true, photoOnly: true },
  { name: "Pixabay", aliases: ["Pixabay"], photo: true, photoOnly: true },
  {
    name: "Wikimedia Commons",
    aliases: ["Wikimedia Commons", "Wikimedia", "Wikipedia"],
    photo: true,
    photoOnly: true,
  },
  { name: "Flickr", aliases: ["Flickr"], photo: true, photoOnly: true },
  { name: "Public Domain", aliases: ["Public Domain"], photo: true, photoOnly: true },
  {
    name: "picture alliance",
    aliases: ["picture alliance", "picture-alliance"],
    photo: true,
    photoOnly: true,
  },
  { name: "Imago", aliases: ["Imago", "IMAGO"], photo: true, photoOnly: true },
  { name: "Keystone", aliases: ["Keystone"], photo: true, photoOnly: true },
  { name: "NurPhoto", aliases: ["NurPhoto"], photo: true, photoOnly: true },
  { name: "SOPA Images", aliases: ["SOPA Images"], photo: true, photoOnly: true },
  {
    name: "ZUMA Press",
    aliases: ["ZUMA Press", "ZUMA Wire", "Zuma"],
    photo: true,
    photoOnly: true,
  },
  { name: "Sipa", aliases: ["Sipa", "SIPA USA", "Sipa Press"], photo: true, photoOnly: true },
  { name: "Corbis", aliases: ["Corbis"], photo: true, photoOnly: true },
  { name: "Pool", aliases: ["Pool", "POOL"], photo: true, photoOnly: true },
  { name: "Handout", aliases: ["Handout", "HANDOUT"], photo: true, photoOnly: true },
];

/** Lower-cased alias -> agency, longest aliases first when several match. */
const BY_ALIAS = new Map<string, Agency>();
for (const agency of AGENCIES) {
  for (const alias of agency.aliases) BY_ALIAS.set(alias.toLowerCase(), agency);
}

export function agencyByAlias(text: string): Agency | undefined {
  return BY_ALIAS.get(text.trim().toLowerCase());
}

/** A regex alternation of every photo-selling agency alias, longest first. */
export const PHOTO_AGENCY_ALTERNATION = AGENCIES.filter((a) => a.photo)
  .flatMap((a) => a.aliases)
  .sort((a, b) => b.length - a.length)
  .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

/** A regex alternation of every agency alias, longest first. */
export const AGENCY_ALTERNATION = AGENCIES.flatMap((a) => a.aliases)
  .sort((a, b) => b.length - a.length)
  .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
