// The hash of the article text a sidecar's positions refer to.
import { createHash } from 'node:crypto';

export function textHash(text: string): string {
  return 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex');
}
