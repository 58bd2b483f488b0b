/** A standalone SVG drawn onto a canvas at `scale`, as a PNG data URL (the preview's PNG export). */
export async function rasterize(svgText: string, scale: number): Promise<string> {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(image.naturalWidth * scale);
        canvas.height = Math.ceil(image.naturalHeight * scale);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        context.scale(scale, scale);
        context.drawImage(image, 0, 0);
        return canvas.toDataURL('image/png');
    } finally {
        URL.revokeObjectURL(url);
    }
}
