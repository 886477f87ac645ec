declare module 'mammoth/mammoth.browser.min.js' {
  const mammoth: {
    convertToHtml(input: {arrayBuffer: ArrayBuffer}, options?: {transformDocument?: (document: any) => any}): Promise<{value: string; messages: unknown[]}>
  }
  export default mammoth
}
