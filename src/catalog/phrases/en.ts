import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/**
 * English UI strings that scrapers pick up with the article. Each phrase
 * matches a whole line (case and punctuation ignored); `*` is one to four
 * words, `#` a number. Comments give a real-world context for each entry.
 */
export const en: readonly PhraseEntry[] = entries("en", {
  share: [
    "Share", // bare share button label
    "Share this", // share block header
    "Share this article", // share block header on most CMSs
    "Share this story", // Vox, SB Nation
    "Share on *", // "Share on Facebook", "Share on WhatsApp"
    "Share via *", // "Share via Email"
    "Share with *", // "Share with friends"
    "Share article", // share icon alt text
    "Share page", // share icon alt text
    "Tweet", // Twitter share button
    "Tweet this", // Twitter share button
    "Email", // email share button
    "E-mail", // email share button (older spelling)
    "Email this", // email share button
    "Email this article", // email share button
    "Print", // print button
    "Print this", // print button
    "Print this article", // print button
    "Print this *", // "Print this page"
    "Click to share on *", // WordPress share buttons ("Click to share on Facebook")
    "Click to share on * opens in new window", // the same, with its screen-reader hint
    "Click to print *", // WordPress print button
    "Click to email *", // WordPress email button
    "Facebook", // social icon label
    "Twitter", // social icon label
    "X", // social icon label after Twitter's rename
    "LinkedIn", // social icon label
    "WhatsApp", // social icon label
    "Telegram", // social icon label
    "Reddit", // social icon label
    "Pinterest", // social icon label
    "Messenger", // social icon label
    "Copy link", // copy-link button
    "Copy the link", // copy-link button
    "Link copied", // copy-link confirmation toast
    "Link copied to clipboard", // copy-link confirmation toast
    "Copied", // copy-link confirmation toast
    "Copy Link URLCopied", // lynx dump of a copy button and its toast
    "Show more sharing options", // LA Times share bar
    "Close extra sharing options", // LA Times share bar
    "Follow us", // social block header
    "Follow us on *", // "Follow us on Telegram"
    "Follow * on *", // "Follow Reuters on Twitter"
    "Like us on Facebook", // social prompt
    "Join us on *", // "Join us on Telegram"
    "Connect with us", // social block header
    "# shares", // share counter
    "Shares", // share counter label
  ],
  subscribe: [
    "Subscribe", // subscribe button
    "Subscribe now", // subscribe button
    "Subscribe today", // subscribe button
    "Subscribe to *", // "Subscribe to our newsletter", "Subscribe to The Times"
    "Subscribe for *", // "Subscribe for $1"
    "Sign up", // newsletter form button
    "Sign up now", // newsletter form button
    "Sign up for *", // "Sign up for our daily newsletter"
    "Sign up to *", // "Sign up to our morning briefing"
    "Newsletter", // newsletter box title
    "Newsletters", // newsletter box title
    "* newsletter", // "Daily newsletter", "Breaking news newsletter"
    "* newsletters", // "Our newsletters"
    "* news emails", // "Breaking News Emails"
    "* news alerts", // "Breaking news alerts"
    "Get our newsletter", // newsletter box title
    "Get the newsletter", // newsletter box title
    "Get * newsletter", // "Get our daily newsletter"
    "Get * in your inbox", // "Get the latest news in your inbox"
    "Enter your email", // newsletter form placeholder
    "Enter your email address", // newsletter form placeholder
    "Your email address", // newsletter form placeholder
    "Email address", // newsletter form placeholder
    "Thanks for signing up", // newsletter confirmation
    "Thank you for subscribing", // newsletter confirmation
    "You have been subscribed", // newsletter confirmation
    "Already a subscriber", // paywall prompt
    "Already a subscriber? Log in", // paywall prompt
    "Become a member", // membership prompt
    "Support our journalism", // membership prompt
    "Manage subscription", // account menu
    "Unsubscribe", // newsletter footer
  ],
  cookie: [
    "Accept", // cookie banner button
    "Accept all", // cookie banner button
    "Accept cookies", // cookie banner button
    "Accept all cookies", // cookie banner button
    "I accept", // cookie banner button
    "I agree", // cookie banner button
    "Agree", // cookie banner button
    "Reject all", // cookie banner button
    "Manage cookies", // cookie banner button
    "Cookie settings", // cookie banner button
    "Cookie policy", // footer link
    "Cookies", // footer link
    "Manage preferences", // consent banner button
    "Privacy settings", // consent banner button
    "This website uses cookies", // cookie banner text
    "This site uses cookies", // cookie banner text
    "We use cookies", // cookie banner text
  ],
  comments: [
    "Comments", // comments section header
    "Comment", // comment button
    "# comments", // "12 comments"
    "# comment", // "1 comment"
    "Comments #", // "Comments 12"
    "No comments", // empty comments section
    "No comments yet", // empty comments section
    "Leave a comment", // comment form header
    "Leave a reply", // WordPress comment form header
    "Add a comment", // comment form header
    "Post a comment", // Blogger comment form header
    "Write a comment", // comment form header
    "Show comments", // comments toggle
    "Hide comments", // comments toggle
    "View comments", // comments toggle
    "Load more comments", // comments pager
    "Show new comments", // comments pager
    "All comments", // comments tab
    "Join the conversation", // comments section header
    "Join the discussion", // comments section header
    "Comments are closed", // closed comment thread
    "Log in", // account link
    "Login", // account link
    "Log out", // account link
    "Sign in", // account link
    "Sign out", // account link
    "Register", // account link (also glued to the seed scrape's header)
    "Create an account", // account link
    "Create account", // account link
    "My account", // account link
    "Log in to comment", // comment gate
    "Sign in to *", // "Sign in to leave a comment"
    "Log in to *", // "Log in to reply"
    "Be the first to comment", // empty comment thread
    "Sign in to comment", // comment gate
    "You must be logged in to post a comment", // WordPress comment gate
    "Report", // comment moderation button
    "Reply", // comment reply button
    "Report an error", // correction form link
    "Report a typo", // correction form link
  ],
  widget: [
    "Your message has been sent", // contact/tip form confirmation
    "Your message was sent", // form confirmation
    "Your message has been sent successfully", // form confirmation
    "Message sent", // form confirmation
    "Thank you for your feedback", // feedback widget confirmation
    "Thanks for your feedback", // feedback widget confirmation
    "Something went wrong", // form error
    "Something went wrong. Please try again", // form error
    "Something went wrong. Please try again later", // form error
    "An error occurred", // form error
    "An error has occurred", // form error
    "An error occurred. Please try again", // form error
    "Please try again", // form error
    "Please try again later", // form error
    "Oops", // form error
    "Loading", // "Loading..." spinner text
    "Loading *", // "Loading comments..."
    "Load more", // pager button
    "Load more *", // "Load more stories"
    "Loading more", // infinite scroll spinner
    "Please wait", // spinner text
    "Listen to this article", // text-to-speech player
    "Listen to article", // text-to-speech player
    "Listen to this *", // "Listen to this story"
    "Listen", // audio player button
    "Play", // video player button
    "Pause", // video player button
    "Watch", // video player label
    "Watch video", // video player label
    "Watch the video", // video player label
    "Video", // video player label
    "Close", // modal close button
    "Close menu", // navigation toggle
    "Open menu", // navigation toggle
    "Menu", // navigation toggle
    "Search", // search box
    "Submit", // form button
    "Send", // form button
    "Cancel", // form button
    "Back to top", // footer link
    "Skip to content", // accessibility link
    "Skip to main content", // accessibility link
    "Skip navigation", // accessibility link
    "Toggle navigation", // Bootstrap navbar button
    "Font size", // reader toolbar
    "Text size", // reader toolbar
    "Zoom", // image zoom button
    "Enlarge", // image zoom button
    "Expand", // collapsible section button
    "Show more", // collapsible section button
    "Show less", // collapsible section button
    "Read more", // excerpt link
    "Continue reading", // excerpt link
    "Read the full *", // "Read the full story"
    "This article is more than # * old", // archive warning ("more than 2 years old")
    "Continue reading the main story", // NYT in-article marker
    "Story continues below", // in-article ad marker
    "Story continues below advertisement", // in-article ad marker
    "Article continues below", // in-article ad marker
    "Reading time # min", // reading-time badge
    "# min read", // reading-time badge
    "# minute read", // reading-time badge
    "Updated", // timestamp label
    "Breaking news", // banner label
    "Live", // live badge
    "Exclusive", // badge
    "Opinion", // section badge
    "Analysis", // section badge
    "Gallery", // gallery label
    "View gallery", // gallery label
    "Photos", // gallery label
    "# photos", // gallery counter
    "Next", // pager
    "Previous", // pager
    "Next article", // pager
    "Previous article", // pager
    "Image", // image placeholder
    "Photo", // image placeholder
    "Caption", // slideshow caption toggle
    "Avatar", // commenter picture alt text
    "Back to gallery", // slideshow link
    "View gallery", // slideshow link
    "Flipboard", // social icon label
    "Share on", // share bar label ("Share on:")
  ],
  byline: [
    "By", // byline label on its own line
    "Author", // byline label
    "Authors", // byline label
    "Published", // timestamp label on its own line
    "Publish date", // timestamp label
    "Posted by", // byline label
    "Written by", // byline label
    "About the author", // author box header
  ],
  ad: [
    "Advertisement", // ad slot label
    "Advertisement *", // "Advertisement - Continue Reading Below"
    "Article continues after advertisement", // in-article ad marker
    "Advertisements", // ad slot label
    "Advertising", // ad slot label
    "Advert", // ad slot label (UK)
    "Ad", // ad slot label
    "Ads", // ad slot label
    "Sponsored", // native ad label
    "Sponsored content", // native ad label
    "Sponsored by *", // native ad label
    "Paid content", // native ad label
    "Paid post", // native ad label
    "Promoted", // native ad label
    "Promoted content", // native ad label
    "Partner content", // native ad label
    "Scroll to continue with content", // ad interstitial
    "Ad Feedback", // CNN ad slot
    "Remove ads", // ad slot link
  ],
  related: [
    "More * news", // "More Business News" box header
    "You may also be interested in", // recommendation box
    "Related", // related box header
    "Related articles", // related box header
    "Related stories", // related box header
    "Related news", // related box header
    "Related content", // related box header
    "Related coverage", // related box header
    "Related topics", // related box header
    "Related posts", // WordPress related box
    "More stories", // related box header
    "More news", // related box header
    "More from *", // "More from Example Sports"
    "More in *", // "More in Amsterdam"
    "Related links", // related box header
    "Sponsored links", // ad box header
    "More on this story", // BBC related box
    "More on this", // related box header
    "Most read", // popularity box
    "Most popular", // popularity box
    "Most viewed", // popularity box
    "Most shared", // popularity box
    "Popular", // popularity box
    "Popular now", // popularity box
    "Trending", // trending box
    "Trending now", // trending box
    "Trending stories", // trending box
    "Trending in *", // "Trending in Entertainment"
    "Top stories", // homepage box
    "Latest", // latest box
    "Latest news", // latest box
    "Latest stories", // latest box
    "Recent posts", // a blog's latest posts (WordPress' widget title)
    "Recommended", // recommendation box
    "Recommended for you", // recommendation box
    "Recommended stories", // recommendation box
    "You may also like", // recommendation box
    "You might also like", // recommendation box
    "You may be interested in", // recommendation box
    "Don't miss", // recommendation box
    "Editor's picks", // recommendation box
    "Also read", // teaser label on its own line
    "Read also", // teaser label on its own line
    "See also", // teaser label on its own line
    "Read next", // teaser label on its own line
    "Up next", // video playlist label
    "What to read next", // recommendation box
    "Read more stories", // recommendation box
    "Tags", // tag list header
    "Related tags", // tag list header
    "More", // "More:" label above a list of links
    "Filed under", // tag list header
    "Categories", // tag list header
    "Topics", // tag list header
  ],
  nav: [
    "Home", // breadcrumb / menu
    "News", // breadcrumb / menu
    "Sections", // menu
    "All rights reserved", // footer
    "Terms of use", // footer
    "Terms of service", // footer
    "Terms and conditions", // footer
    "Privacy policy", // footer
    "Privacy", // footer
    "Contact us", // footer
    "About us", // footer
    "Careers", // footer
    "Sitemap", // footer
    "RSS", // footer
    "Help", // footer
    "FAQ", // footer
  ],
});
