// Node's ES-module loader needs the file extension of wink's utilities; wink types them without it.
declare module 'wink-nlp/utilities/bm25-vectorizer.js' {
  import bm25 from 'wink-nlp/utilities/bm25-vectorizer';
  export default bm25;
}
