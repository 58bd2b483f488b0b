/**
 * The server serves one language. Langium finds a document's services by its languageId while the
 * editor holds it open, and by its file extension otherwise; an untitled or extension-less document
 * (`untitled:Untitled-1`, `README-noext`) that was opened as `sop` has neither once it is closed, and
 * any build that still touched it threw. Documents the server already holds are served as `.sop`.
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type LangiumSharedCoreServices, type URI } from 'langium';

export class SopServiceRegistry extends DefaultServiceRegistry {

    protected readonly shared: LangiumSharedCoreServices;

    constructor(shared: LangiumSharedCoreServices) {
        super(shared);
        this.shared = shared;
    }

    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            const [only] = this.all;
            if (this.all.length === 1 && this.shared.workspace.LangiumDocuments.hasDocument(uri)) {
                return only;
            }
            throw error;
        }
    }
}
