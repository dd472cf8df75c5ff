#pragma once

#include "core/progressreporter.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

namespace entente {

/**
 * Progress of a read on a worker thread: hands the percentage to a progress dialog on the GUI
 * thread (when there is one) and answers "stop" once the shared cancel flag is set — by the
 * dialog's Cancel, or by a newer read that makes this one stale. Owns nothing but its last
 * percentage; the dialog and the flag are shared with the GUI thread.
 */
class ImportProgress : public ProgressReporter
{
public:
    ImportProgress(QObject* owner, QPointer<QProgressDialog> dialog, std::shared_ptr<std::atomic_bool> cancel)
        : m_owner(owner), m_dialog(std::move(dialog)), m_cancel(std::move(cancel))
    {
    }

    bool report(std::int64_t done, std::int64_t total) override
    {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        if (m_dialog && percent != m_last) {
            m_last = percent;
            QPointer<QProgressDialog> d = m_dialog;
            QMetaObject::invokeMethod(
                m_owner,
                [d, percent] {
                    if (d)
                        d->setValue(percent);
                },
                Qt::QueuedConnection);
        }
        return !m_cancel->load();
    }

private:
    QObject* m_owner;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_last = -1;
};

} // namespace entente
