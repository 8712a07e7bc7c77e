<?php

// SPDX-FileCopyrightText: 2004-2023 Ryan Parman, Sam Sneddon, Ryan McCue
// SPDX-License-Identifier: BSD-3-Clause

declare(strict_types=1);

namespace SimplePie\HTTP;

use SimplePie\Exception as SimplePieException;

/**
 * Client exception class
 *
 * @internal
 */
final class ClientException extends SimplePieException
{
}
