// Node's ES-module loader needs the file extension of wink's utilities; wink types them without it.
declare module 'wink-nlp/utilities/bm25-vectorizer.js' {
  import bm25 from 'wink-nlp/utilities/bm25-vectorizer';
  export default bm25;
}

// wink's English model, loaded part by part (see winkModel.ts); its parts are untyped.
declare module 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' {
  const core: unknown;
  export default core;
}
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: (...args: never[]) => unknown;
  export default part;
}
