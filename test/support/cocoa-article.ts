/** An article the seeds do not hold, of our own writing: its facts are stated by it alone. */
export const COCOA = [
  'Ghana and Ivory Coast agree on joint cocoa price',
  '',
  'Ghanaian President John Mahama met Ivorian President Alassane Ouattara in Accra on Wednesday to agree a joint minimum price for cocoa beans, the two governments said.',
  '',
  'The two countries grow more than half of the world’s cocoa, and Mahama said the deal would protect farmers from falling prices.',
].join('\n');
