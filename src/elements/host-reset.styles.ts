import { css } from 'lit';

/**
 * Page styles cannot select inside a shadow root, but inherited text properties set on an
 * ancestor (`body { letter-spacing: 0.05em; text-align: center; white-space: pre }`) still flow
 * in. Every top-level element starts its `static styles` with this reset, so it looks the same on
 * any page; rules that come after it (the element's own font and colours) and rules a page sets
 * on the element itself still win.
 */
export const hostReset = css`
  :host {
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
  }
`;
