import { defineElement } from '@portal-widgets/core';
import {
  CommentBox,
  tagName,
  type CaptchaDetail,
  type CommentErrorDetail,
  type CommentSubmittedDetail,
} from './comment-box.js';
import { version } from './version.js';

defineElement(tagName, CommentBox, version);

declare global {
  interface HTMLElementTagNameMap {
    'pw-comment-box': CommentBox;
  }
  interface HTMLElementEventMap {
    'pw-comment-submitted': CustomEvent<CommentSubmittedDetail>;
    'pw-comment-error': CustomEvent<CommentErrorDetail>;
    'pw-captcha': CustomEvent<CaptchaDetail>;
  }
}
