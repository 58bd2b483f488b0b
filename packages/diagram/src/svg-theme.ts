/**
 * The colours and type of a standalone diagram, as CSS on the classes of the markup, so that a
 * viewer can restyle it with its own stylesheet. Classes:
 * - `sop-diagram` (the `<svg>`), `sop-background`, `sop-title`
 * - `sop-lane` (each lane's `<g>`; every second one also `sop-lane-alternate`), `sop-lane-band`, `sop-lane-header`, `sop-lane-title`
 * - `sop-node` plus `sop-start` / `sop-process` / `sop-decision` / `sop-end` (each node's `<g>`),
 *   `sop-shape` (its outline), `sop-node-text`, `sop-step-number`, `sop-participants` (a meeting's
 *   note naming who takes part, when its box crosses other lanes), `sop-waktu`
 * - `sop-edge` (each edge's `<g>`), `sop-edge-line`, `sop-arrowhead`, `sop-label`
 */
import { FONT_FAMILY, fontFaceCss } from '@sop-ap/document';

export type Theme = 'light' | 'dark';

interface Palette {
    background: string;
    text: string;
    muted: string;
    line: string;
    nodeFill: string;
    laneBorder: string;
    laneFill: string;
    laneFillAlternate: string;
    headerFill: string;
}

const PALETTES: Record<Theme, Palette> = {
    light: {
        background: '#ffffff', text: '#111111', muted: '#555555', line: '#222222', nodeFill: '#ffffff',
        laneBorder: '#9a9a9a', laneFill: '#ffffff', laneFillAlternate: '#f7f7f7', headerFill: '#e9e9e9',
    },
    dark: {
        background: '#1e1e1e', text: '#e8e8e8', muted: '#a8a8a8', line: '#d0d0d0', nodeFill: '#262626',
        laneBorder: '#5a5a5a', laneFill: '#1e1e1e', laneFillAlternate: '#232323', headerFill: '#303030',
    },
};

/** Sizes and weights only: what a host that brings its own colours still needs. */
export const STRUCTURE_CSS = [
    `.sop-diagram { font-family: '${FONT_FAMILY}', Arimo, Arial, 'Liberation Sans', sans-serif; font-kerning: none; font-variant-ligatures: none; }`,
    '.sop-title { font-size: 15px; font-weight: 700; }',
    '.sop-lane-title { font-size: 12px; font-weight: 700; }',
    '.sop-node-text { font-size: 12px; }',
    '.sop-step-number { font-weight: 700; }',
    '.sop-participants { font-style: italic; }',
    '.sop-waktu { font-size: 10px; }',
    '.sop-label { font-size: 11px; }',
    '.sop-shape { stroke-width: 1.3px; }',
    '.sop-edge-line { fill: none; stroke-width: 1.3px; }',
    '.sop-lane-band, .sop-lane-header { stroke-width: 1px; }',
].join('\n');

/**
 * Scoped to the theme's class on the `<svg>`, so that diagrams of both themes can sit inline in
 * one page without one's colours leaking into the other.
 */
export function themeCss(theme: Theme): string {
    const colours = PALETTES[theme];
    const scope = `.sop-theme-${theme}`;
    return [
        `${scope} .sop-background { fill: ${colours.background}; }`,
        `${scope} .sop-title, ${scope} .sop-lane-title, ${scope} .sop-node-text { fill: ${colours.text}; }`,
        `${scope} .sop-waktu, ${scope} .sop-label, ${scope} .sop-participants { fill: ${colours.muted}; }`,
        `${scope} .sop-lane-band { fill: ${colours.laneFill}; stroke: ${colours.laneBorder}; }`,
        `${scope} .sop-lane-alternate .sop-lane-band { fill: ${colours.laneFillAlternate}; }`,
        `${scope} .sop-lane-header { fill: ${colours.headerFill}; stroke: ${colours.laneBorder}; }`,
        `${scope} .sop-shape { fill: ${colours.nodeFill}; stroke: ${colours.line}; }`,
        `${scope} .sop-edge-line { stroke: ${colours.line}; }`,
        `${scope} .sop-arrowhead { fill: ${colours.line}; }`,
    ].join('\n');
}

export function standaloneCss(theme: Theme): string {
    return `${fontFaceCss()}\n${STRUCTURE_CSS}\n${themeCss(theme)}`;
}
