declare module 'mjml' {
  interface MjmlResult {
    html: string;
    errors: { message: string }[];
  }
  function mjml2html(
    input: string,
    options?: { validationLevel?: 'strict' | 'soft' | 'skip'; minify?: boolean },
  ): Promise<MjmlResult>;
  export default mjml2html;
}
