/**
 * Words for a group of people, not for one: faiths and their followers, ethnic and
 * pan-national groups (the nationalities are DEMONYM, from places.ts), and academic or
 * professional degrees that follow a name ("Jane Doe, PhD"). Hand-written from general English
 * usage; lower case, singular and plural where English has both.
 */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const GROUP_WORDS: ReadonlySet<string> = set(`
  muslim muslims islamic islamist islamists christian christians christianity jew jews jewish judaism
  catholic catholics protestant protestants evangelical evangelicals mormon mormons baptist baptists
  methodist methodists lutheran lutherans presbyterian presbyterians episcopalian episcopalians
  anglican anglicans pentecostal pentecostals orthodox hindu hindus hinduism sikh sikhs buddhist
  buddhists buddhism sunni sunnis shia shias shiite shiites shiism atheist atheists agnostic agnostics
  hispanic hispanics latino latinos latina latinas latinx chicano chicanos caucasian caucasians
  arab arabs asian asians african africans european europeans anglo anglos native natives
  indigenous aboriginal aboriginals`);

// (not the two-letter ones that are also names or honorifics: "Ma", "Pa", "Ms")
export const DEGREES: ReadonlySet<string> = set(`phd md mba msc bsc rn dds dmd dvm edd jd llm llb mph mpp
  mpa cpa psyd dnp lcsw`);
