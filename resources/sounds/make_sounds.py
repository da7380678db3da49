"""Write the door station's verdict sounds: short sine chimes, distinct by pitch and rhythm.

    python resources/sounds/make_sounds.py      (writes accepted.wav, warning.wav, rejected.wav here)

Generated rather than downloaded so their licence is ours and they can be tuned: accepted is a
rising two-note chime, warning a double beep, rejected a low buzz. Each is under half a second, so a
queue of scans never waits for a sound, and faded in and out so a speaker does not click.
"""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
HERE = Path(__file__).resolve().parent


def tone(frequency: float, seconds: float, volume: float = 0.5, harmonics: tuple[float, ...] = (), fade: float = 0.012) -> list[float]:
    """A sine at ``frequency`` with optional overtones (relative amplitudes of 2×, 3×…), faded at both ends."""
    count = int(RATE * seconds)
    ramp = max(1, int(RATE * fade))
    samples = []
    for i in range(count):
        t = i / RATE
        value = math.sin(2 * math.pi * frequency * t)
        for n, amplitude in enumerate(harmonics, start=2):
            value += amplitude * math.sin(2 * math.pi * frequency * n * t)
        value /= 1 + sum(harmonics)
        envelope = min(1.0, i / ramp, (count - 1 - i) / ramp)
        samples.append(volume * envelope * value)
    return samples


def chime(frequency: float, seconds: float, volume: float = 0.5) -> list[float]:
    """A bell-like note: a quick attack and an exponential decay."""
    count = int(RATE * seconds)
    attack = int(RATE * 0.005)
    samples = []
    for i in range(count):
        t = i / RATE
        value = math.sin(2 * math.pi * frequency * t) + 0.3 * math.sin(2 * math.pi * 2 * frequency * t)
        envelope = min(1.0, i / attack) * math.exp(-t * 7) * min(1.0, (count - 1 - i) / attack)
        samples.append(volume * envelope * value / 1.3)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> Path:
    path = HERE / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32_000)) for s in samples))
    return path


def main() -> None:
    # E5 then A5 overlapping: a friendly "ding-dong" upwards.
    first, second = chime(659.25, 0.34), chime(880.0, 0.34)
    offset = int(RATE * 0.11)
    accepted = first + [0.0] * offset
    for i, s in enumerate(second):
        accepted[offset + i] += s
    write("accepted.wav", accepted)
    # Two short, bright beeps: "look".
    beep = tone(1046.5, 0.11, 0.5, harmonics=(0.25,))
    write("warning.wav", beep + silence(0.07) + beep)
    # A low, rough buzz: a square-ish wave from odd harmonics.
    write("rejected.wav", tone(155.56, 0.45, 0.6, harmonics=(0.0, 0.33, 0.0, 0.2, 0.0, 0.14)))


if __name__ == "__main__":
    main()
