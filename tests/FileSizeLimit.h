// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A full disk for the tests of this process: RLIMIT_FSIZE limits the size of every file it writes.

#include <csignal>
#include <sys/resource.h>

namespace Palier::Test {

/// While it lives, every file this process writes is limited to `bytes` (RLIMIT_FSIZE, SIGXFSZ ignored): a write
/// past the limit fails with EFBIG, as it would with ENOSPC on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_signal = ::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        const rlimit limited{bytes, m_saved.rlim_max};
        m_set = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        ::signal(SIGXFSZ, m_signal);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool isSet() const { return m_set; }

private:
    rlimit m_saved{};
    void (*m_signal)(int) = SIG_DFL;
    bool m_set = false;
};

} // namespace Palier::Test
