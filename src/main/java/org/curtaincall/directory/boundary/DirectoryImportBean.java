package org.curtaincall.directory.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** Upload an HR export, look at the preview and the row-level errors, then import it in one go. */
@Named
@ViewScoped
public class DirectoryImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectoryImportService imports;

    @Inject
    transient FieldMessages messages;

    private String fileName;
    private String content;
    private ImportPreview preview;
    private ImportPreview imported;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        content = new String(file.getContent(), StandardCharsets.UTF_8);
        imported = null;
        preview = imports.preview(content);
    }

    public void confirm() {
        if (content == null) {
            messages.error("Choose a CSV file first.");
            return;
        }
        try {
            imported = imports.apply(content);
            messages.info("Imported " + fileName + ": " + imported.count(ImportPreview.Action.CREATE) + " added, "
                    + imported.count(ImportPreview.Action.UPDATE) + " updated, " + imported.newTeams().size()
                    + " new team(s).");
            preview = null;
            content = null;
        } catch (DomainException e) {
            messages.show(e);
            preview = imports.preview(content);
        }
    }

    public void reset() {
        fileName = null;
        content = null;
        preview = null;
        imported = null;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportPreview getImported() {
        return imported;
    }
}
