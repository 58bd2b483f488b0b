/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export interface Paint {
    red(text: string): string;
    yellow(text: string): string;
    cyan(text: string): string;
    bold(text: string): string;
    dim(text: string): string;
}

export function paintFor(stream: NodeJS.WriteStream): Paint {
    const enabled = Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
    const wrap = (open: number, close: number) => (text: string) => enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
    return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}
