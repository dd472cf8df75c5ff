#pragma once

#include "export/diagramoptions.h"
#include "export/diagramwriter.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace entente {

class DiagramRenderer;
class FilterController;
class GraphCanvas;
class GraphDocument;
class ProjectSession;

/**
 * File → Export diagram: format, frame, scale, scope, title fields and footnotes, with a live
 * preview of the exact picture that will be written. Also behind Edit → Copy diagram. The
 * sources for footnotes come from the ProjectSession, since views never reach the store.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(GraphDocument* document, GraphCanvas* canvas, ProjectSession* session,
                 FilterController* filter, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /** The options as the dialog's fields set them, with the current viewport and footnotes. */
    DiagramOptions options() const;
    DiagramWriter::Format format() const;
    /** Writes the diagram; false on failure, with the reason (naming the file) in the status line.
     */
    bool exportTo(const QString& path);
    /** Puts the diagram on the clipboard as a 2× PNG and as SVG. */
    void copyToClipboard();
    /** The last preview drawn (for tests and the preview label). */
    QImage preview() const { return m_preview; }

public slots:
    void updatePreview();

private:
    /** Numbered source lines of the relations drawn under `o`, each source once. */
    QStringList footnotes(const DiagramOptions& o) const;
    void chooseFileAndExport();

    GraphDocument* m_document;
    GraphCanvas* m_canvas;
    ProjectSession* m_session;
    FilterController* m_filter;
    std::unique_ptr<DiagramRenderer> m_renderer;
    QComboBox* m_format;
    QComboBox* m_frame;
    QComboBox* m_scale;
    QComboBox* m_scope;
    QCheckBox* m_transparent;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QCheckBox* m_footnotes;
    QLabel* m_previewLabel;
    QLabel* m_status;
    QTimer* m_previewTimer;
    QImage m_preview;
};

} // namespace entente
