// nlp.js ships no type declarations; the benchmark uses this much of it.
declare module '@nlpjs/core' {
  const core: { containerBootstrap(): Promise<{ use(plugin: unknown): void }> };
  export default core;
}
declare module '@nlpjs/nlu' {
  interface NluNeural {
    train(corpus: Array<{ utterance: string; intent: string }>): Promise<unknown>;
    process(text: string): Promise<{ classifications: Array<{ intent: string; score: number }> }>;
  }
  const nlu: {
    NluNeural: new (settings: { locale: string; log?: boolean }, container: unknown) => NluNeural;
  };
  export default nlu;
}
declare module '@nlpjs/lang-en' {
  const m: { LangEn: unknown };
  export default m;
}
declare module '@nlpjs/lang-fr' {
  const m: { LangFr: unknown };
  export default m;
}
declare module '@nlpjs/lang-nl' {
  const m: { LangNl: unknown };
  export default m;
}
declare module '@nlpjs/lang-da' {
  const m: { LangDa: unknown };
  export default m;
}
declare module '@nlpjs/lang-de' {
  const m: { LangDe: unknown };
  export default m;
}
declare module '@nlpjs/lang-es' {
  const m: { LangEs: unknown };
  export default m;
}
