import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CommentBox, type CommentErrorDetail, type CommentSubmittedDetail } from '@portal-widgets/comment-box';

/**
 * `<pw-comment-box>` for React; `onPwCommentSubmitted` receives `pw-comment-submitted` (`{id, status}`),
 * `onPwCommentError` receives `pw-comment-error`. The CAPTCHA token goes in the `captchaToken` prop.
 */
export const PwCommentBox = createComponent({
  tagName: 'pw-comment-box',
  elementClass: CommentBox,
  react: React,
  events: {
    onPwCommentSubmitted: 'pw-comment-submitted' as EventName<CustomEvent<CommentSubmittedDetail>>,
    onPwCommentError: 'pw-comment-error' as EventName<CustomEvent<CommentErrorDetail>>,
  },
  displayName: 'PwCommentBox',
});
