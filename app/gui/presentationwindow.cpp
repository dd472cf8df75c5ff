#include "presentationwindow.h"

#include "export/slidedeck.h"

#include <QKeyEvent>
#include <QPainter>

namespace entente {

PresentationWindow::PresentationWindow(std::unique_ptr<SlideDeck> deck,
                                       const DiagramOptions& options, QWidget* parent)
    : QWidget(parent, Qt::Window), m_deck(std::move(deck)), m_options(options)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Entente — presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    showSlide(0);
}

PresentationWindow::~PresentationWindow() = default;

int PresentationWindow::count() const
{
    return m_deck->count();
}

void PresentationWindow::showSlide(int index)
{
    if (count() == 0)
        return;
    m_current = std::clamp(index, 0, count() - 1);
    if (!m_images.contains(m_current))
        m_images.insert(m_current, m_deck->renderImage(m_current, m_options));
    update();
}

void PresentationWindow::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    const QImage image = m_images.value(m_current);
    if (image.isNull())
        return;
    const QSize fitted = image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                       fitted);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, image);
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.drawText(rect().adjusted(0, 0, -12, -6), Qt::AlignRight | Qt::AlignBottom,
               QStringLiteral("%1 / %2").arg(m_current + 1).arg(count()));
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        showSlide(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
        showSlide(m_current - 1);
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(count() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent* event)
{
    showSlide(m_current + (event->button() == Qt::RightButton ? -1 : 1));
}

} // namespace entente
