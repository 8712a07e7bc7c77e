"""What an uploaded recording must look like from its first bytes on, before mutagen is
asked for its duration.

mutagen is forgiving on purpose: it skips junk until it finds something that could be an
MPEG frame, so an executable or a PDF renamed `.mp3` can pass for a recording. Here an MP3
must start with an ID3 tag or an MPEG audio frame, and the frame after the tag must be
followed by more frames of the same stream, each where the previous one's length says;
an M4A must start with its `ftyp` box. Anything else (ELF, PE, ZIP, PDF, images) fails.
"""

import struct

# Consecutive frames an MP3 must open with: about a tenth of a second of sound, which
# random bytes that happen to look like one frame header never reach.
MP3_FRAMES_REQUIRED = 4
# A Layer III frame is at most 2,881 bytes (320 kbps at 32 kHz, padded).
_FRAMES_WINDOW = MP3_FRAMES_REQUIRED * 2881 + 4

_MPEG1, _MPEG2, _MPEG25 = 3, 2, 0
_LAYER3 = 1
_BITRATES_KBPS = {
    _MPEG1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    _MPEG2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_BITRATES_KBPS[_MPEG25] = _BITRATES_KBPS[_MPEG2]
_SAMPLE_RATES = {_MPEG1: (44100, 48000, 32000), _MPEG2: (22050, 24000, 16000),
                 _MPEG25: (11025, 12000, 8000)}
# ISO base media brands of audio files (iTunes, mp4 muxers, ffmpeg's "-f ipod").
M4A_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"mp41", b"mp42", b"isom", b"iso2", b"iso5",
              b"iso6", b"dash", b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"F4A ", b"F4B "}


def _frame(header):
    """(stream, length) of the MPEG audio Layer III frame starting with these four bytes,
    or None: stream is what every frame of one file shares (version, sample rate)."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version, layer = (header[1] >> 3) & 3, (header[1] >> 1) & 3
    bitrate_index, rate_index = header[2] >> 4, (header[2] >> 2) & 3
    padding, emphasis = (header[2] >> 1) & 1, header[3] & 3
    if (version == 1 or layer != _LAYER3 or bitrate_index in (0, 15) or rate_index == 3
            or emphasis == 2):
        return None
    bitrate = _BITRATES_KBPS[version][bitrate_index] * 1000
    sample_rate = _SAMPLE_RATES[version][rate_index]
    length = (144 if version == _MPEG1 else 72) * bitrate // sample_rate + padding
    return (version, rate_index), length


def _id3_length(head):
    """Bytes taken by the ID3v2 tag at the start of ``head`` (0 without one), or None for
    a tag header that is not one."""
    if head[:3] != b"ID3":
        return 0
    if len(head) < 10 or head[3] == 0xFF or head[4] == 0xFF or any(
            byte & 0x80 for byte in head[6:10]):
        return None
    size = 0
    for byte in head[6:10]:  # "synchsafe": seven bits a byte
        size = size << 7 | byte
    footer = 10 if head[5] & 0x10 else 0
    return 10 + size + footer


def looks_like_mp3(file):
    """Whether ``file`` (at any position; left at 0) starts as an MP3 does."""
    file.seek(0)
    try:
        start = _id3_length(file.read(10))
        if start is None:
            return False
        file.seek(start)
        data = file.read(_FRAMES_WINDOW)
    finally:
        file.seek(0)
    position, stream = 0, None
    for _count in range(MP3_FRAMES_REQUIRED):
        frame = _frame(data[position:position + 4])
        if frame is None or (stream is not None and frame[0] != stream):
            return False
        stream, length = frame
        position += length
    return True


def looks_like_m4a(file):
    """Whether ``file`` (at any position; left at 0) starts with the `ftyp` box of an
    audio MPEG-4 file."""
    file.seek(0)
    try:
        head = file.read(12)
    finally:
        file.seek(0)
    if len(head) < 12:
        return False
    (size,) = struct.unpack(">I", head[:4])
    return head[4:8] == b"ftyp" and 16 <= size <= 4096 and head[8:12] in M4A_BRANDS
