/** `SOP: New SOP File`: an untitled .sop document holding a complete SOP to fill in (tab stops). */
import * as vscode from 'vscode';

/** Written in the language itself, which is Indonesian whatever the editor's display language. */
const TEMPLATE = [
    'sop ${1:NamaSop} "${2:Judul SOP}" {',
    '    nomor "${3:000/00/SOP/2025}"',
    '    dibuat ${4:1 Januari 2025}',
    '    efektif ${5:1 Januari 2025}',
    '    disahkan "${6:Kepala Dinas}" nama "${7:Nama Pejabat}" pangkat "${8:Pembina}" nip "${9:19700101 199503 1 002}"',
    '',
    '    pelaksana {',
    '        ${10:pemohon} "${11:Pemohon}"',
    '        ${12:petugas} "${13:Petugas}"',
    '    }',
    '',
    '    langkah ${10:pemohon} "${14:Mengajukan permohonan}" {',
    '        kelengkapan "${15:Formulir permohonan}"',
    '        waktu ${16:30 menit}',
    '        output "${17:Surat permohonan}"',
    '    }',
    '    langkah ${12:petugas} "${18:Memproses permohonan}" {',
    '        kelengkapan "${17:Surat permohonan}"',
    '        waktu ${19:1 jam}',
    '        output "${20:Hasil proses}"',
    '    }$0',
    '}',
    '',
].join('\n');

export function registerNewSopFileCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('sop.newFile', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'sop', content: '' });
        const editor = await vscode.window.showTextDocument(document);
        await editor.insertSnippet(new vscode.SnippetString(TEMPLATE));
    }));
}
