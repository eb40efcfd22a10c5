import type { Stage } from "./stage.js";
import { authorBio } from "./stages/author-bio.js";
import { byline } from "./stages/byline.js";
import { captionCue } from "./stages/caption-cue.js";
import { catalogPhrases } from "./stages/catalog-phrases.js";
import { commentThread } from "./stages/comment-thread.js";
import { contentRegion, pageRegion } from "./stages/content-region.js";
import { corpusRepetition } from "./stages/corpus-repetition.js";
import { aboveDateline, dateline } from "./stages/dateline.js";
import { formWidget } from "./stages/form-widget.js";
import { gluedPhrases } from "./stages/glued-phrases.js";
import { headline, headlineOfBody } from "./stages/headline.js";
import { duplicateLines, layoutJunk, layoutShape } from "./stages/layout-junk.js";
import { linkList } from "./stages/link-list.js";
import { photoCredit } from "./stages/photo-credit.js";
import { pictureBlock } from "./stages/picture-block.js";
import { headerOfBody, scraperHeader } from "./stages/scraper-header.js";
import { siteNotice } from "./stages/site-notice.js";
import { sourceEvidence } from "./stages/source-evidence.js";
import { staffCredit } from "./stages/staff-credit.js";
import { teaserPrefix } from "./stages/teaser-prefix.js";

/**
 * The default pipeline, in order. Earlier stages are more certain: the
 * first verdict on a line wins, so a later, weaker rule never overrides a
 * precise one, and rules that need context (the headline stage looks above
 * the lead paragraph) run after the rules that clear the furniture away.
 */
export const DEFAULT_PIPELINE: readonly Stage[] = Object.freeze([
  scraperHeader, // ` date 2019-05-31 Register`, `Title:`/`URL:` blocks
  catalogPhrases, // whole-line UI strings in 16 languages, plus the user's
  layoutShape, // pagers, counters, bare ids: known by their shape alone
  siteNotice, // cookie banners, newsletter/app promos in any wording: topic + the site's voice
  photoCredit, // credits, and the caption/teaser lines they anchor
  captionCue, // captions without credits: "A picture taken on ... shows"
  pictureBlock, // the rest of a picture widget glued into a paragraph
  teaserPrefix, // "READ MORE: ...", "Lire aussi : ..."
  gluedPhrases, // rows of widgets in one line; a widget glued to a paragraph's end
  formWidget, // a poll: question, options, the form's small print
  staffCredit, // "Reporting by ...; Editing by ..."
  pageRegion, // a whole-page dump: the article region, before the stages that read the top
  dateline, // finds `TOKYO (Sputnik) -`: the lead paragraph
  byline, // author/timestamp lines near the top
  headline, // the title line, and captions/kickers above it
  aboveDateline, // what still stands above the dateline
  corpusRepetition, // lines repeated across the corpus, other articles' headlines
  layoutJunk, // pagers, duplicated lines, the headline repeated, capitals links
  commentThread, // comments signed "name" / "2 days ago", to the end of the page
  linkList, // runs of link titles under a "More:"/"Related" label
  duplicateLines, // copies go before the content scoring counts them twice
  contentRegion, // what no pattern names: scoring, smoothing, best region
  duplicateLines, // a kept line repeating the kept line above it, related-story cards
  headerOfBody, // no headline yet: header lines that now open the body
  headlineOfBody, // no headline yet: the body's first line, if a second reading would take it
  duplicateLines, // again: the headline's decks are gone
  authorBio, // the author's note or box that closes the article
  sourceEvidence, // every way the page names its publisher, for the source vote
]);
