declare module 'gas-local' {
  interface GasRequireOptions {
    filter?: (filePath: string) => boolean;
  }
  const gas: {
    require(folderPath: string, globalObject?: object, options?: GasRequireOptions): Record<string, unknown>;
    globalMockDefault: Record<string, unknown>;
  };
  export default gas;
}
