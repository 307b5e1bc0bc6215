export const hello: string = "hi-lc";
