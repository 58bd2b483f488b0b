// elkjs ships no types for its worker script; elk-in-thread.ts checks the shape it uses at run time.
declare module 'elkjs/lib/elk-worker.min.js' {
    const worker: unknown;
    export default worker;
}
