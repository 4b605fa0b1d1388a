// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;
class QWidget;

namespace Palier {

/// Runs `action` once, from the event loop, after `window` has painted for the first time from now and after what
/// that paint left in the event queue: work that can wait (a check of the whole file) then leaves the first paint
/// the cores, and a quit at the first paint stops nothing. At once (from the event loop) when the
/// window is not shown, and after `fallbackMs` at the latest (a minimized window may paint nothing). Deleting
/// `context` before then cancels it.
void runAfterFirstPaint(QWidget* window, QObject* context, std::function<void()> action, int fallbackMs = 2000);

} // namespace Palier
