/** The preview page's words, in VS Code's display language. */
import * as vscode from 'vscode';
import type { PreviewStrings } from '@sop-ap/preview';

export function previewStrings(): PreviewStrings {
    return {
        diagram: vscode.l10n.t('Diagram'),
        table: vscode.l10n.t('Table'),
        zoomIn: vscode.l10n.t('Zoom in (+)'),
        zoomOut: vscode.l10n.t('Zoom out (-)'),
        actualSize: vscode.l10n.t('Actual size (0)'),
        fit: vscode.l10n.t('Fit'),
        exportSvg: vscode.l10n.t('Export the diagram as SVG'),
        exportPng: vscode.l10n.t('Export the diagram as PNG'),
        errorsBanner: vscode.l10n.t('The source has errors; the preview shows the last correct diagram.'),
        waiting: vscode.l10n.t('Drawing the flowchart…'),
    };
}
