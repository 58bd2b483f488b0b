/**
 * Export of one SOP's swimlane diagram: a standalone SVG drawn by the language server (font and
 * colours inside, as `sop compile --to svg` writes it), or that SVG as a PNG drawn by the preview
 * page. The file goes where the user says (or to `target`, for automation and tests).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewMethods } from '@sop-ap/language/preview-protocol';

export type DiagramFormat = 'svg' | 'png';

export async function exportDiagram(
    client: LanguageClient,
    resource: vscode.Uri,
    sopId: string,
    format: DiagramFormat,
    target: string | undefined,
    rasterize?: (svg: string) => Promise<string | null>,
): Promise<vscode.Uri | undefined> {
    let svg: string;
    try {
        const theme = vscode.workspace.getConfiguration('sop').get<string>('preview.theme') === 'dark' ? 'dark' : 'light';
        ({ svg } = await client.sendRequest<{ svg: string }>(PreviewMethods.standaloneSvg, { uri: resource.toString(), sopId, theme }));
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not exported: {1}', sopId, error instanceof Error ? error.message : String(error)));
        return undefined;
    }
    let content: Uint8Array;
    if (format === 'png') {
        const dataUrl = rasterize ? await rasterize(svg) : null;
        if (!dataUrl) {
            void vscode.window.showErrorMessage(vscode.l10n.t('The PNG could not be drawn; export the SVG instead.'));
            return undefined;
        }
        content = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    } else {
        content = Buffer.from(svg, 'utf8');
    }
    const destination = target !== undefined ? vscode.Uri.file(target) : await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export {0} as {1}', sopId, format.toUpperCase()),
        defaultUri: resource.scheme === 'file' ? vscode.Uri.joinPath(resource, '..', `${sopId}.${format}`) : undefined,
        filters: { [format.toUpperCase()]: [format] },
        saveLabel: vscode.l10n.t('Export'),
    });
    if (!destination) return undefined;
    await vscode.workspace.fs.writeFile(destination, content);
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', vscode.workspace.asRelativePath(destination)));
    return destination;
}
