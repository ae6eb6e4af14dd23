// Types for mammoth's browser build (the package ships types only for its main entry).
declare module 'mammoth/mammoth.browser.js' {
  const mammoth: {
    extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: { type: string; message: string }[] }>;
  };
  export default mammoth;
}
