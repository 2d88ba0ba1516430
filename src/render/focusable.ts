/** Keyboard access to the parts of entry HTML that the theme lets scroll sideways. */

// Code blocks and tables scroll horizontally instead of overflowing the page; a region that
// scrolls must take keyboard focus to be scrolled without a mouse, and without JavaScript
// only tabindex gives it that. https://dequeuniversity.com/rules/axe/4.10/scrollable-region-focusable
const SCROLLABLE_OPEN_TAG = /<(pre|table)(?=[\s>/])/gi;

/** Adds tabindex="0" to every <pre> and <table> start tag of sanitized HTML. */
export function focusableScrollRegions(html: string): string {
  // Sanitized tags are lower-case: most entries have neither, and skip the replace.
  if (!html.includes("<pre") && !html.includes("<table")) return html;
  return html.replace(SCROLLABLE_OPEN_TAG, '<$1 tabindex="0"');
}
