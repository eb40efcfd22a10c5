import type { Stage } from "./stage.js";
import { byline } from "./stages/byline.js";
import { captionCue } from "./stages/caption-cue.js";
import { catalogPhrases } from "./stages/catalog-phrases.js";
import { commentThread } from "./stages/comment-thread.js";
import { contentRegion } from "./stages/content-region.js";
import { corpusRepetition } from "./stages/corpus-repetition.js";
import { dateline } from "./stages/dateline.js";
import { headline } from "./stages/headline.js";
import { layoutJunk } from "./stages/layout-junk.js";
import { linkList } from "./stages/link-list.js";
import { photoCredit } from "./stages/photo-credit.js";
import { pictureBlock } from "./stages/picture-block.js";
import { publisherHints } from "./stages/publisher-hints.js";
import { scraperHeader } from "./stages/scraper-header.js";
import { siteNotice } from "./stages/site-notice.js";
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
  siteNotice, // cookie banners, newsletter/app promos in any wording: topic + the site's voice
  photoCredit, // credits, and the caption/teaser lines they anchor
  captionCue, // captions without credits: "A picture taken on ... shows"
  pictureBlock, // the rest of a picture widget glued into a paragraph
  teaserPrefix, // "READ MORE: ...", "Lire aussi : ..."
  staffCredit, // "Reporting by ...; Editing by ..."
  dateline, // finds `TOKYO (Sputnik) -`: the lead paragraph
  byline, // author/timestamp lines near the top
  headline, // the title line, and captions/kickers above it
  corpusRepetition, // lines repeated across the corpus, other articles' headlines
  layoutJunk, // pagers, duplicated lines, the headline repeated, capitals links
  commentThread, // comments signed "name" / "2 days ago", to the end of the page
  linkList, // runs of link titles under a "More:"/"Related" label
  contentRegion, // what no pattern names: scoring, smoothing, best region
  publisherHints, // the site naming itself in its furniture ("More from X", "© 2019 X")
]);
