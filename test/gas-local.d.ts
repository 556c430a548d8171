// Types for gas-local (it ships none): loads every .js of a folder into one vm context.
declare module 'gas-local' {
  const gas: {
    require(folder: string, globals?: object, options?: { filter?: (file: string) => boolean }): object;
    globalMockDefault: object;
  };
  export default gas;
}
