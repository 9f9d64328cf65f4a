import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * The allowlist every post body passes through (GitHub's schema, widened for what WordPress
 * posts really use). Classes are allowed here and narrowed by rehype-safe-attributes, which
 * also limits `style` to code highlighting spans.
 */
const base = defaultSchema.attributes ?? {};

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
    'figure',
    'figcaption',
    'caption',
    'colgroup',
    'col',
    'abbr',
    'cite',
    'small',
    'mark',
    'u',
    'center',
  ],
  attributes: {
    ...base,
    '*': [...(base['*'] ?? []), 'className'],
    a: [...(base.a ?? []), 'name', 'target', 'rel', 'title'],
    img: [...(base.img ?? []), 'loading'],
    span: ['style'],
    code: ['className'],
  },
  // Ids must survive exactly as written: in-page links (`#3-steps`, `<a name>`) rely on them.
  clobber: [],
  clobberPrefix: '',
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  // Dropped with their content (the rest of the disallowed elements are unwrapped).
  strip: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'template',
    'textarea',
    'select',
    'noscript',
  ],
};
