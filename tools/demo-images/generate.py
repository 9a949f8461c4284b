#!/usr/bin/env python3
"""Procedurally generate the demo news illustrations for Masthead.Web.

Every image is drawn from flat shapes, gradients and soft glows with Pillow
only (no downloads, no external assets). Each scene uses a fixed random seed,
so re-running the script reproduces the same pictures.

Run from the repository root:

    python3 tools/demo-images/generate.py

Output: src/Masthead.Web/Demo/Images/<stem>.jpg (1600x900, progressive JPEG).
"""

import math
import os
import random
import sys

from PIL import Image, ImageChops, ImageDraw, ImageFilter

W, H = 1600, 900          # output size
SS = 2                    # supersampling factor (drawn at 2x, then downscaled)
QUALITY = 82
MAX_BYTES = 250 * 1024

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(REPO, "src", "Masthead.Web", "Demo", "Images")


# --------------------------------------------------------------------------
# colour helpers
# --------------------------------------------------------------------------

def C(h):
    """'#rrggbb' -> (r, g, b)."""
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def mix(a, b, t):
    t = max(0.0, min(1.0, t))
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))


def stops_at(stops, t):
    """Colour at position t (0..1) along [(pos, colour), ...]."""
    if t <= stops[0][0]:
        return stops[0][1]
    for (p0, c0), (p1, c1) in zip(stops, stops[1:]):
        if t <= p1:
            return mix(c0, c1, (t - p0) / max(1e-9, p1 - p0))
    return stops[-1][1]


def norm_stops(stops):
    return [(p, C(c) if isinstance(c, str) else c) for p, c in stops]


def col(c):
    return C(c) if isinstance(c, str) else c


# --------------------------------------------------------------------------
# canvas
# --------------------------------------------------------------------------

class Canvas:
    """Drawing surface in 1600x900 logical coordinates, rendered at SS x."""

    def __init__(self, seed, bg="#000000"):
        self.rng = random.Random(seed)
        self.seed = seed
        self.img = Image.new("RGB", (W * SS, H * SS), col(bg))
        self.d = ImageDraw.Draw(self.img, "RGBA")

    # -- basic shapes ----------------------------------------------------
    @staticmethod
    def P(pts):
        return [(x * SS, y * SS) for x, y in pts]

    @staticmethod
    def rgba(c, a):
        c = col(c)
        return (c[0], c[1], c[2], int(a))

    def poly(self, pts, fill, a=255):
        self.d.polygon(self.P(pts), fill=self.rgba(fill, a))

    def rect(self, x0, y0, x1, y1, fill, a=255):
        self.d.rectangle([x0 * SS, y0 * SS, x1 * SS - 1, y1 * SS - 1],
                         fill=self.rgba(fill, a))

    def rrect(self, x0, y0, x1, y1, r, fill, a=255):
        self.d.rounded_rectangle([x0 * SS, y0 * SS, x1 * SS, y1 * SS],
                                 radius=r * SS, fill=self.rgba(fill, a))

    def ellipse(self, cx, cy, rx, ry, fill, a=255):
        self.d.ellipse([(cx - rx) * SS, (cy - ry) * SS,
                        (cx + rx) * SS, (cy + ry) * SS],
                       fill=self.rgba(fill, a))

    def circle(self, cx, cy, r, fill, a=255):
        self.ellipse(cx, cy, r, r, fill, a)

    def ring(self, cx, cy, r, fill, width, a=255):
        self.d.ellipse([(cx - r) * SS, (cy - r) * SS,
                        (cx + r) * SS, (cy + r) * SS],
                       outline=self.rgba(fill, a), width=max(1, int(width * SS)))

    def line(self, pts, fill, width=1.0, a=255):
        self.d.line(self.P(pts), fill=self.rgba(fill, a),
                    width=max(1, int(round(width * SS))), joint="curve")

    def arc_pts(self, cx, cy, rx, ry, a0, a1, n=48):
        return [(cx + rx * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
                 cy + ry * math.sin(math.radians(a0 + (a1 - a0) * i / n)))
                for i in range(n + 1)]

    # -- gradients -------------------------------------------------------
    def _mask(self, shape, box):
        x0, y0, x1, y1 = box
        m = Image.new("L", (x1 - x0, y1 - y0), 0)
        md = ImageDraw.Draw(m)
        if shape is not None:
            md.polygon([(x * SS - x0, y * SS - y0) for x, y in shape], fill=255)
        return m

    def vgrad(self, stops, y0, y1, shape=None, box=None):
        """Vertical gradient. stops span logical y0..y1.
        Painted into polygon `shape` or rectangle `box` (logical coords)."""
        stops = norm_stops(stops)
        if shape is not None:
            xs = [p[0] for p in shape]
            ys = [p[1] for p in shape]
            bx = (int(min(xs) * SS), int(min(ys) * SS),
                  int(math.ceil(max(xs) * SS)) + 1, int(math.ceil(max(ys) * SS)) + 1)
        else:
            bx = tuple(int(v * SS) for v in box)
        bx = (max(0, bx[0]), max(0, bx[1]), min(W * SS, bx[2]), min(H * SS, bx[3]))
        if bx[2] <= bx[0] or bx[3] <= bx[1]:
            return
        h = bx[3] - bx[1]
        column = Image.new("RGB", (1, h))
        span = max(1e-6, (y1 - y0) * SS)
        column.putdata([stops_at(stops, ((bx[1] + i) - y0 * SS) / span) for i in range(h)])
        g = column.resize((bx[2] - bx[0], h), Image.NEAREST)
        if shape is not None:
            self.img.paste(g, bx[:2], self._mask(shape, bx))
        else:
            self.img.paste(g, bx[:2])

    def hgrad(self, stops, x0, x1, shape=None, box=None):
        """Horizontal gradient, same conventions as vgrad."""
        stops = norm_stops(stops)
        if shape is not None:
            xs = [p[0] for p in shape]
            ys = [p[1] for p in shape]
            bx = (int(min(xs) * SS), int(min(ys) * SS),
                  int(math.ceil(max(xs) * SS)) + 1, int(math.ceil(max(ys) * SS)) + 1)
        else:
            bx = tuple(int(v * SS) for v in box)
        bx = (max(0, bx[0]), max(0, bx[1]), min(W * SS, bx[2]), min(H * SS, bx[3]))
        if bx[2] <= bx[0] or bx[3] <= bx[1]:
            return
        w = bx[2] - bx[0]
        row = Image.new("RGB", (w, 1))
        span = max(1e-6, (x1 - x0) * SS)
        row.putdata([stops_at(stops, ((bx[0] + i) - x0 * SS) / span) for i in range(w)])
        g = row.resize((w, bx[3] - bx[1]), Image.NEAREST)
        if shape is not None:
            self.img.paste(g, bx[:2], self._mask(shape, bx))
        else:
            self.img.paste(g, bx[:2])

    _RADIAL = None

    def glow(self, cx, cy, r, color, strength=1.0, power=2.0, ry=None):
        """Soft radial light (alpha falls off from centre to radius)."""
        if Canvas._RADIAL is None:
            # Pillow's gradient is distance * 255/181: 181 at the inscribed
            # circle's edge, 255 in the corners.
            Canvas._RADIAL = Image.radial_gradient("L")
        ry = r if ry is None else ry
        w, h = max(2, int(2 * r * SS)), max(2, int(2 * ry * SS))
        lut = [int(255 * strength * max(0.0, 1.0 - v / 181.0) ** power) for v in range(256)]
        m = Canvas._RADIAL.point(lut).resize((w, h), Image.BILINEAR)
        self.img.paste(col(color), (int((cx - r) * SS), int((cy - ry) * SS)), m)

    def soft_poly(self, pts, color, a=255, blur=10):
        """Polygon with blurred edges (light cones, haze bands)."""
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        pad = blur * 3
        bx = (int((min(xs) - pad) * SS), int((min(ys) - pad) * SS),
              int((max(xs) + pad) * SS), int((max(ys) + pad) * SS))
        m = Image.new("L", (bx[2] - bx[0], bx[3] - bx[1]), 0)
        ImageDraw.Draw(m).polygon([(x * SS - bx[0], y * SS - bx[1]) for x, y in pts],
                                  fill=int(a))
        m = m.filter(ImageFilter.GaussianBlur(blur * SS))
        self.img.paste(col(color), bx[:2], m)

    # -- output ------------------------------------------------------------
    def finish(self, path, grain=4.0):
        img = self.img.resize((W, H), Image.LANCZOS)
        if grain > 0:
            # Deterministic film grain, generated at half resolution so the
            # texture stays soft (and compresses well).
            rng = random.Random(self.seed * 7919 + 17)
            gw, gh = W // 2, H // 2
            noise = Image.frombytes("L", (gw, gh), rng.randbytes(gw * gh))
            noise = noise.resize((W, H), Image.BILINEAR)
            lut = [int(round(128 + (v - 128) * grain / 128.0)) for v in range(256)]
            noise = noise.point(lut).convert("RGB")
            img = ImageChops.overlay(img, noise)
        img.save(path, "JPEG", quality=QUALITY, progressive=True, optimize=True)
        return os.path.getsize(path)


# --------------------------------------------------------------------------
# geometry helpers
# --------------------------------------------------------------------------

def tf(pts, ox, oy, s=1.0, ang=0.0):
    """Scale, rotate (degrees) and translate local points."""
    ca, sa = math.cos(math.radians(ang)), math.sin(math.radians(ang))
    return [(ox + s * (x * ca - y * sa), oy + s * (x * sa + y * ca)) for x, y in pts]


def lerp(a, b, t):
    return a + (b - a) * t


def bezier(p0, p1, p2, n=60):
    out = []
    for i in range(n + 1):
        t = i / n
        x = (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0]
        y = (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1]
        out.append((x, y))
    return out


def blob(cx, cy, rx, ry, rng, n=40, wob=0.12):
    """Irregular rounded blob (trees, clouds, rocks)."""
    ph = [rng.uniform(0, 6.28) for _ in range(3)]
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        r = 1 + wob * (math.sin(3 * a + ph[0]) * 0.5 + math.sin(5 * a + ph[1]) * 0.3
                       + math.sin(7 * a + ph[2]) * 0.2)
        pts.append((cx + rx * r * math.cos(a), cy + ry * r * math.sin(a)))
    return pts


# --------------------------------------------------------------------------
# scenes
# --------------------------------------------------------------------------

def container(cv, x, y, w, h, color, a=255):
    """Shipping container, side view. (x, y) = top-left."""
    c = col(color)
    dark = mix(c, (0, 0, 0), 0.35)
    light = mix(c, (255, 255, 255), 0.25)
    cv.rect(x, y, x + w, y + h, c, a)
    step = max(3.0, h / 5.0)
    xx = x + step
    while xx < x + w - 2:
        cv.line([(xx, y + 2), (xx, y + h - 2)], dark, max(0.6, h / 28), a * 0.55)
        xx += step
    cv.rect(x, y, x + w, y + max(1, h * 0.08), light, a)
    cv.rect(x, y + h - max(1, h * 0.1), x + w, y + h, dark, a)
    cv.rect(x, y, x + max(1, h * 0.08), y + h, dark, a * 0.8)
    cv.rect(x + w - max(1, h * 0.08), y, x + w, y + h, dark, a * 0.8)


def sts_crane(cv, x, ground, s, color, accent, haze=0.0, sky=None, load=None):
    """Ship-to-shore gantry crane, side view, boom pointing right."""
    c = col(color)
    if sky is not None:
        c = mix(c, col(sky), haze)
    L = lambda pts: tf(pts, x, ground, s)
    lw = 13 * s
    # legs
    cv.poly(L([(-7, 0), (7, 0), (7, -340), (-7, -340)]), c)
    cv.poly(L([(163, 0), (177, 0), (177, -340), (163, -340)]), c)
    # sill and portal beams
    cv.poly(L([(-12, -190), (182, -190), (182, -172), (-12, -172)]), c)
    cv.line(L([(0, -172), (170, -30)]), c, 6 * s)
    cv.line(L([(170, -172), (0, -30)]), c, 6 * s)
    cv.line(L([(0, -190), (170, -330)]), c, 5 * s)
    cv.line(L([(170, -190), (0, -330)]), c, 5 * s)
    # bogies
    for lx in (0, 170):
        cv.poly(L([(lx - 26, 0), (lx + 26, 0), (lx + 22, -12), (lx - 22, -12)]), c)
    # boom (with lattice)
    cv.poly(L([(-190, -356), (640, -356), (640, -336), (-190, -336)]), c)
    pts = []
    for i in range(0, 41):
        bx = -190 + i * 20.75
        pts.append((bx, -356 if i % 2 == 0 else -376))
    cv.line(L(pts), c, 3.5 * s)
    cv.line(L([(-190, -376), (640, -376)]), c, 3.5 * s)
    # machinery house
    cv.poly(L([(-175, -336), (-40, -336), (-40, -300), (-175, -300)]), c)
    cv.poly(L([(-175, -376), (-60, -376), (-60, -420), (-175, -420)]), c)
    # A-frame and stays
    apex = (70, -520)
    cv.line(L([(0, -356), apex, (170, -356)]), c, 10 * s)
    cv.line(L([apex, (640, -370)]), c, 5 * s)
    cv.line(L([apex, (400, -374)]), c, 4 * s)
    cv.line(L([apex, (-190, -374)]), c, 5 * s)
    cv.poly(L([(55, -520), (85, -520), (85, -545), (55, -545)]), c)
    # trolley, cab and hoist
    tx = 430 if load is None else load
    cv.poly(L([(tx - 28, -336), (tx + 28, -336), (tx + 28, -318), (tx - 28, -318)]), c)
    cv.poly(L([(tx - 10, -318), (tx + 26, -318), (tx + 26, -296), (tx - 10, -296)]), c)
    cv.rect(*[v for v in (L([(tx - 4, -313)])[0] + L([(tx + 22, -302)])[0])], accent, 230)
    cv.line(L([(tx - 18, -318), (tx - 18, -200)]), c, 1.6 * s)
    cv.line(L([(tx + 18, -318), (tx + 18, -200)]), c, 1.6 * s)
    cv.poly(L([(tx - 45, -200), (tx + 45, -200), (tx + 45, -192), (tx - 45, -192)]), c)
    # warning light at apex
    ax, ay = L([(70, -548)])[0]
    cv.glow(ax, ay, 16 * s, accent, 0.9)
    cv.circle(ax, ay, 2.4 * s, "#ffe3c2")
    return L


def scene_port_cranes(cv):
    rng = cv.rng
    HZ = 600
    cv.vgrad([(0, "#0b2733"), (0.35, "#17505a"), (0.62, "#6e7a6a"),
              (0.8, "#e0824a"), (0.93, "#f6b36a"), (1, "#fbd08e")], 0, HZ, box=(0, 0, W, HZ))
    # sun
    cv.glow(1180, 548, 330, "#ffb070", 0.55, 1.6)
    cv.glow(1180, 548, 120, "#ffd9a0", 0.9, 1.2)
    cv.circle(1180, 548, 62, "#ffe0a8")
    # thin cloud streaks
    for (x, y, w) in [(220, 330, 420), (700, 400, 520), (1250, 380, 380), (980, 300, 260)]:
        cv.rrect(x, y, x + w, y + 9, 4.5, "#f3a46a", 90)
        cv.rrect(x + 60, y + 16, x + w - 80, y + 22, 3, "#f3a46a", 60)
    # far shore
    pts = [(0, HZ)]
    x = 0
    while x <= W:
        pts.append((x, HZ - 14 - 10 * math.sin(x / 90.0) - rng.uniform(0, 6)))
        x += 40
    pts.append((W, HZ))
    cv.poly(pts, "#b5694a", 200)
    for i in range(14):
        bx = 60 + i * 110 + rng.uniform(-20, 20)
        bh = rng.uniform(10, 30)
        cv.rect(bx, HZ - 14 - bh, bx + rng.uniform(16, 36), HZ, "#a45b42", 220)
    # water
    cv.vgrad([(0, "#d98a5a"), (0.12, "#3d6e6e"), (1, "#0a2a31")], HZ, H, box=(0, HZ, W, H))
    for i in range(70):
        y = HZ + 4 + (i ** 1.6) * 0.55
        if y > H:
            break
        wdt = 30 + i * 3.2 + rng.uniform(-10, 10)
        cx = 1180 + rng.uniform(-40, 40)
        cv.rrect(cx - wdt / 2, y, cx + wdt / 2, y + 2 + i * 0.05, 1.5, "#ffc98a",
                 max(40, 200 - i * 2.4))

    # container ship (behind the quay, under the booms)
    hull = [(860, 650), (1600, 650), (1600, 742), (905, 742), (872, 700)]
    cv.poly(hull, "#0d3038")
    cv.poly([(868, 688), (1600, 688), (1600, 698), (871, 698)], "#b04a2e")
    cv.poly([(905, 738), (1600, 738), (1600, 742), (905, 742)], "#08222a")
    palette = ["#e07a3c", "#1f7a80", "#e8d6b8", "#b2472c", "#2c5d6b", "#f0a050", "#3f9a94"]
    for tier in range(4):
        y = 650 - (tier + 1) * 26
        x = 900 + tier * 6
        while x < 1420 - tier * 10:
            w = rng.choice([58, 58, 120])
            if x + w > 1420:
                break
            if rng.random() < 0.9 - tier * 0.12:
                container(cv, x, y, w - 2, 24, rng.choice(palette))
            x += w
    # superstructure
    cv.poly([(1445, 650), (1560, 650), (1560, 470), (1445, 470)], "#e6d9c4")
    cv.poly([(1430, 470), (1575, 470), (1575, 455), (1430, 455)], "#e6d9c4")
    for r in range(6):
        for k in range(5):
            if rng.random() < 0.55:
                cv.rect(1455 + k * 21, 485 + r * 27, 1467 + k * 21, 495 + r * 27, "#ffcf7a")
            else:
                cv.rect(1455 + k * 21, 485 + r * 27, 1467 + k * 21, 495 + r * 27, "#b4a896")
    cv.rect(1490, 410, 1510, 455, "#2b2b2b")

    # cranes: far to near
    sts_crane(cv, 900, 708, 0.66, "#0f3a44", "#ff5a36", haze=0.45, sky="#e0824a", load=560)
    sts_crane(cv, 700, 716, 0.84, "#0d3540", "#ff5a36", haze=0.22, sky="#e0824a", load=480)
    sts_crane(cv, 430, 732, 1.06, "#0a2a33", "#ff5a36", load=600)
    # container swinging from the nearest crane
    container(cv, 430 + 600 * 1.06 - 58, 732 - 192 * 1.06, 116, 26, "#e07a3c")

    # quay
    cv.poly([(0, 718), (905, 718), (905, 770), (0, 770)], "#12323a")
    cv.poly([(0, 712), (905, 712), (905, 720), (0, 720)], "#2f5a5e")
    for i in range(10):
        cv.rect(40 + i * 90, 724, 52 + i * 90, 744, "#0a2228")
    # stacked containers on the quay (foreground)
    for stack in range(5):
        sx = 30 + stack * 76
        n = rng.randint(2, 5)
        for k in range(n):
            container(cv, sx, 712 - (k + 1) * 25, 70, 23, rng.choice(palette))
    # foreground water reflection of quay
    cv.rect(0, 770, 905, 800, "#0b2a31", 160)
    for i in range(20):
        y = 780 + i * 6
        cv.rrect(rng.uniform(0, 700), y, rng.uniform(760, 905), y + 2, 1, "#2f6a6c", 90)


def scene_river_delta_flood(cv):
    rng = cv.rng
    HZ = 420
    cv.vgrad([(0, "#2c3644"), (0.5, "#4c5b6d"), (1, "#9aaab8")], 0, HZ, box=(0, 0, W, HZ))
    # storm cloud bands
    for layer, (yb, colr, a) in enumerate([(110, "#232b37", 230), (190, "#36414f", 210),
                                           (260, "#4a5666", 200), (330, "#667487", 170)]):
        x = -100
        while x < W + 100:
            w = rng.uniform(160, 320)
            cv.ellipse(x, yb + rng.uniform(-18, 18), w * 0.7, w * 0.22, colr, a)
            x += w * 0.8
    # bright gap near horizon
    cv.glow(1150, HZ - 30, 420, "#c9d4de", 0.5, 1.5, ry=80)
    # rain
    for i in range(160):
        x = rng.uniform(-100, W)
        y = rng.uniform(0, H)
        ln = rng.uniform(30, 70)
        cv.line([(x, y), (x - ln * 0.25, y + ln)], "#c8d3de", 1.1, 38)
    # distant land
    pts = [(0, HZ + 4)]
    for x in range(0, W + 40, 40):
        pts.append((x, HZ - 4 - rng.uniform(0, 6)))
    pts.append((W, HZ + 4))
    cv.poly(pts, "#4d5a55")
    for i in range(40):
        x = rng.uniform(0, W)
        cv.poly(blob(x, HZ - 10, rng.uniform(10, 24), rng.uniform(7, 14), rng), "#3c4a46")

    VP = (980, HZ)
    # flooded plain (reflects the sky)
    cv.vgrad([(0, "#a2b1bd"), (0.25, "#7d8e9c"), (1, "#3d4d5b")], HZ, H, box=(0, HZ, W, H))
    # drowned field patches in perspective
    fcols = ["#6d7f6a", "#7a8466", "#5f7569", "#84866a"]
    rows = [HZ + 2, HZ + 10, HZ + 24, HZ + 48, HZ + 90, HZ + 170, HZ + 320, H + 200]
    cols_x = [-3000, -1600, -700, -150, 300, 820, 1350, 2100, 3400, 5000]

    def proj(xb, y):
        # a point on the ground: base x at bottom (y=H) converging to VP
        t = (y - HZ) / (H - HZ)
        return (VP[0] + (xb - VP[0]) * t, y)

    for r in range(len(rows) - 1):
        for k in range(len(cols_x) - 1):
            if rng.random() < 0.55:
                q = [proj(cols_x[k], rows[r]), proj(cols_x[k + 1], rows[r]),
                     proj(cols_x[k + 1], rows[r + 1]), proj(cols_x[k], rows[r + 1])]
                cv.poly(q, rng.choice(fcols), 70)
    # hedgerows / fence lines poking out of the water
    for xb in cols_x[2:-2]:
        a = proj(xb, HZ + 6)
        b = proj(xb, H + 100)
        cv.line([a, b], "#3b4a40", 2.2, 200)
        for i in range(26):
            t = (i / 25.0) ** 1.8
            px = lerp(a[0], b[0], t)
            py = lerp(a[1], b[1], t)
            hgt = 2 + 26 * t
            cv.line([(px, py), (px, py - hgt)], "#33403a", 1 + 2.5 * t, 230)
    for y in rows[2:-1]:
        a = proj(cols_x[0], y)
        b = proj(cols_x[-1], y)
        cv.line([a, b], "#3b4a40", 1 + (y - HZ) / 70, 140)

    # half-submerged farm and trees (right)
    def tree(x, y, s):
        cv.poly(blob(x, y - 26 * s, 30 * s, 26 * s, rng), "#2f3d36")
        cv.poly(blob(x, y + 18 * s, 30 * s, 14 * s, rng), "#2f3d36", 50)   # reflection
        cv.rect(x - 60 * s, y - 1, x + 60 * s, y + 2, "#c9d4de", 90)
    tree(1240, 520, 1.1)
    tree(1330, 512, 0.9)
    tree(1430, 530, 1.3)
    # farmhouse
    hx, hy = 1120, 540
    cv.poly([(hx - 70, hy), (hx + 70, hy), (hx + 70, hy - 40), (hx - 70, hy - 40)], "#8b7f72")
    cv.poly([(hx - 84, hy - 40), (hx, hy - 100), (hx + 84, hy - 40)], "#5c3e36")
    cv.rect(hx - 40, hy - 30, hx - 20, hy - 12, "#f0d58c")
    cv.rect(hx + 22, hy - 30, hx + 42, hy - 12, "#3c3a3a")
    cv.poly([(hx - 70, hy + 2), (hx + 70, hy + 2), (hx + 70, hy + 30), (hx - 70, hy + 30)],
            "#8b7f72", 55)
    cv.rect(hx - 110, hy - 1, hx + 110, hy + 2, "#c9d4de", 120)
    tree(960, 470, 0.5)
    tree(1040, 466, 0.45)

    # the river (left), high and muddy, between a far bank and the levee
    def lev(t, off):
        # t along levee 0 (horizon) .. 1 (foreground); off = across (px at t=1)
        cx = lerp(VP[0], 470, t)
        y = lerp(HZ + 1, H + 40, t)
        return (cx + off * t, y)
    river = [(0, HZ + 2), (VP[0] - 4, HZ + 2), lev(1.0, -140), (0, H + 40)]
    cv.vgrad([(0, "#9aa6ae"), (0.3, "#8a8a7c"), (1, "#6a5e46")], HZ, H, shape=river)
    # far bank: a strip of drowned meadow with a tree line, converging to the VP
    def bank(t, off):
        return (lerp(VP[0] - 30, -700, t) + off * t, lerp(HZ + 1, H + 40, t))
    fb = [bank(i / 30.0, 0) for i in range(31)]
    land = [(0, HZ + 2)] + fb + [(0, H + 40)]
    cv.vgrad([(0, "#7d8a72"), (1, "#56644a")], HZ, H, shape=land)
    for k in range(1, 9):
        # field boundaries on the far bank, converging to the vanishing point
        cv.line([(VP[0] - 40, HZ + 1), (VP[0] - 40 - k * 260, H)], "#4a5840", 1.4, 150)
    for k in range(6):
        y = HZ + 6 + (k ** 2) * 7
        x1 = bank((y - HZ) / (H + 40 - HZ), 0)[0]
        cv.line([(0, y), (x1, y)], "#4a5840", 1 + k * 0.4, 120)
    for i in range(10):
        y = HZ + 8 + rng.uniform(0, 90)
        x1 = bank((y - HZ) / (H + 40 - HZ), 0)[0]
        x0 = rng.uniform(0, max(1, x1 - 120))
        cv.rrect(x0, y, x0 + rng.uniform(40, 140), y + 2 + (y - HZ) / 30, 2, "#a9b6c0", 150)
    for i in range(28):
        t = (i / 27.0) ** 1.6 * 0.5 + 0.01
        px, py = bank(t, -20)
        s_ = 0.15 + 2.2 * t
        if px < -60:
            continue
        cv.poly(blob(px, py - 22 * s_, 26 * s_, 22 * s_, rng), "#344238")
        cv.poly(blob(px, py + 10 * s_, 24 * s_, 8 * s_, rng), "#344238", 60)
    # current streaks following the river towards the horizon
    for i in range(90):
        t = 0.04 + (rng.random() ** 0.7) * 0.96
        u = rng.uniform(0.08, 0.92)
        a0 = bank(t, 0)
        b0 = lev(t, -140)
        x0 = lerp(a0[0], b0[0], u)
        y0 = lerp(a0[1], b0[1], u)
        t2 = t - 0.02 - 0.05 * t
        a1 = bank(t2, 0)
        b1 = lev(t2, -140)
        x1 = lerp(a1[0], b1[0], u)
        y1 = lerp(a1[1], b1[1], u)
        cv.line([(x0, y0), (x1, y1)], "#c9c5b0", 0.8 + 2.2 * t, 120)
    for i in range(14):
        t = rng.uniform(0.2, 0.9)
        u = rng.uniform(0.2, 0.8)
        a0, b0 = bank(t, 0), lev(t, -140)
        x0, y0 = lerp(a0[0], b0[0], u), lerp(a0[1], b0[1], u)
        cv.ellipse(x0, y0, 4 + 16 * t, 1 + 3 * t, "#3a3428", 160)   # floating debris
    # levee: river-side slope, crest track, landward slope
    N = 40
    cv.poly([lev(i / N, -140) for i in range(N + 1)] + [lev(i / N, -90) for i in range(N + 1)][::-1], "#56653f")
    cv.poly([lev(i / N, 60) for i in range(N + 1)] + [lev(i / N, 260) for i in range(N + 1)][::-1], "#4e6044")
    cv.poly([lev(i / N, -90) for i in range(N + 1)] + [lev(i / N, 60) for i in range(N + 1)][::-1], "#8e9a72")
    cv.poly([lev(i / N, -40) for i in range(N + 1)] + [lev(i / N, 20) for i in range(N + 1)][::-1], "#aaa488")
    cv.line([lev(i / N, -10) for i in range(N + 1)], "#8e8a6e", 1.5, 160)
    # sandbags on the crest edge
    for i in range(60):
        t = (i / 59.0) ** 1.5
        px, py = lev(t, -92)
        s = 2 + 14 * t
        cv.ellipse(px, py - s * 0.4, s, s * 0.55, "#c2b48a")
        cv.ellipse(px, py - s * 0.4 + s * 0.2, s, s * 0.3, "#9c8f68", 120)
    # water lapping the landward foot of the levee
    for i in range(30):
        t = 0.05 + 0.95 * (i / 29.0)
        px, py = lev(t, 260)
        cv.line([(px - 5, py), (px + 40 + 80 * t, py)], "#c7d2dc", 1 + 2 * t, 120)
    # ripple highlights across the flood
    for i in range(120):
        y = HZ + 8 + ((i / 120.0) ** 1.7) * (H - HZ)
        t = (y - HZ) / (H - HZ)
        x0 = lev(t, 280)[0] + rng.uniform(0, 900)
        cv.line([(x0, y), (x0 + 10 + 70 * t, y)], "#c7d2dc", 1 + 1.5 * t, 70)
    # a few foreground posts
    for i, x in enumerate([820, 960, 1120, 1300, 1500]):
        cv.rect(x, 760 + i * 18, x + 10, 850 + i * 18, "#2b322f")
        cv.rect(x - 20, 802 + i * 18, x + 30, 806 + i * 18, "#c7d2dc", 130)


def scene_undersea_cable(cv):
    rng = cv.rng
    SL = 200  # sea level
    cv.vgrad([(0, "#f3d9b5"), (1, "#a9d3dc")], 0, SL, box=(0, 0, W, SL))
    cv.glow(300, SL - 20, 300, "#fff2d8", 0.7, 1.5, ry=120)
    # sea body
    cv.vgrad([(0, "#2e8fb0"), (0.25, "#186a94"), (0.6, "#0c3b66"), (1, "#061a36")],
             SL, H, box=(0, SL, W, H))
    # light rays
    for i in range(9):
        x = 100 + i * 180 + rng.uniform(-40, 40)
        w0 = rng.uniform(40, 90)
        ray = [(x, SL), (x + w0, SL), (x + w0 + 260, H), (x + 120, H)]
        cv.soft_poly(ray, "#8fd3ea", rng.uniform(18, 34), blur=18)
    # waves on the surface
    pts = [(0, SL)]
    for x in range(0, W + 10, 10):
        pts.append((x, SL + 4 * math.sin(x / 38.0) + 2 * math.sin(x / 11.0)))
    pts.append((W, SL - 30))
    pts.append((0, SL - 30))
    cv.vgrad([(0, "#a9d3dc"), (1, "#7cc3d6")], SL - 30, SL + 6, shape=pts)
    cv.line([(x, SL + 4 * math.sin(x / 38.0) + 2 * math.sin(x / 11.0)) for x in range(0, W + 10, 10)],
            "#e7f7fb", 2.0, 200)
    # cable ship: hull above and below the waterline
    sx, s = 520, 1.0
    above = [(0, -40), (560, -40), (600, -70), (640, -70), (620, 0), (-10, 0), (-40, -60), (-10, -60)]
    cv.poly(tf(above, sx, SL, s), "#1b2d3f")
    cv.poly(tf([(-10, -40), (560, -40), (558, -34), (-8, -34)], sx, SL, s), "#d94f3d")
    below = [(-10, 0), (620, 0), (590, 52), (40, 52)]
    cv.poly(tf(below, sx, SL, s), "#0d2a40", 235)
    cv.poly(tf([(40, 52), (590, 52), (586, 44), (44, 44)], sx, SL, s), "#9b3a33", 200)
    # superstructure
    cv.poly(tf([(30, -40), (230, -40), (230, -100), (60, -100)], sx, SL, s), "#eef2f4")
    cv.poly(tf([(70, -100), (210, -100), (200, -138), (86, -138)], sx, SL, s), "#eef2f4")
    for k in range(6):
        cv.rect(*[v for v in tf([(90 + k * 19, -128)], sx, SL, s)[0] + tf([(102 + k * 19, -116)], sx, SL, s)[0]], "#23445e")
    cv.rect(sx + 140, SL - 172, sx + 150, SL - 138, "#1b2d3f")
    cv.poly(tf([(250, -40), (330, -40), (330, -70), (250, -70)], sx, SL, s), "#eef2f4")
    # stern A-frame and cable drum
    cv.line(tf([(470, -40), (540, -150), (610, -70)], sx, SL, s), "#f0a23a", 7)
    cv.circle(sx + 410, SL - 58, 20, "#f0a23a")
    cv.circle(sx + 410, SL - 58, 9, "#1b2d3f")
    # ship shadow / reflection into the water
    cv.glow(sx + 300, SL + 60, 380, "#051a33", 0.35, 1.4, ry=50)

    # seabed layers
    def ridge(base, amp, f, ph, n=80):
        return [(W * i / n, base + amp * math.sin(i / n * f + ph) + amp * 0.4 * math.sin(i / n * f * 2.7 + ph * 2))
                for i in range(n + 1)]
    back = ridge(650, 30, 5.0, 1.0)
    cv.poly(back + [(W, H), (0, H)], "#0b2c4d")
    mid = ridge(720, 22, 4.0, 2.2)
    cv.vgrad([(0, "#2b6f86"), (0.5, "#1c5470"), (1, "#0e324c")], 690, H, shape=mid + [(W, H), (0, H)])
    for i in range(70):
        x = rng.uniform(0, W)
        y = rng.uniform(745, 880)
        cv.ellipse(x, y, rng.uniform(10, 30), rng.uniform(1.5, 3), "#3f88a0", 90)
    # cable from the stern down to the seabed, then along it
    cable_bed = [(x, 770 + 14 * math.sin(x / 260.0 + 0.5) + 6 * math.sin(x / 90.0)) for x, _ in mid]
    # join: the bed cable runs left; the drop line lands around x=1250
    landing = min(range(len(cable_bed)), key=lambda i: abs(cable_bed[i][0] - 1260))
    drop = bezier((sx + 598, SL + 20), (sx + 760, 600), cable_bed[landing], 60)
    cv.line(drop, "#081525", 6)
    cv.line(drop, "#4fd7e8", 1.4, 150)
    for x, y in cable_bed[::4]:
        cv.glow(x, y + 6, 70, "#5fe0f0", 0.12, 1.5, ry=18)     # light pool on the sand
    cv.line([(x, y + 8) for x, y in cable_bed], "#04101c", 22, 110)   # shadow
    cv.line(cable_bed, "#0a1626", 16)
    cv.line([(x, y - 4) for x, y in cable_bed], "#3a8aa2", 3, 230)
    cv.line([(x, y + 3) for x, y in cable_bed], "#050c16", 3, 200)
    # repeaters and glowing data pulses
    for i in range(6, len(cable_bed), 16):
        x, y = cable_bed[i]
        cv.rrect(x - 30, y - 14, x + 30, y + 12, 10, "#1c3244")
        cv.rrect(x - 26, y - 11, x + 26, y - 5, 3, "#5aa6bc")
        cv.rect(x - 34, y - 9, x - 30, y + 7, "#0a1626")
        cv.rect(x + 30, y - 9, x + 34, y + 7, "#0a1626")
    for i in range(3, len(cable_bed), 5):
        x, y = cable_bed[i]
        cv.glow(x, y - 1, 26, "#5ff0ff", 0.6, 2.0)
        cv.circle(x, y - 1, 2.2, "#d8ffff")
    # front seabed
    front = ridge(850, 18, 6.0, 0.4)
    cv.poly(front + [(W, H), (0, H)], "#0a2036")
    # rocks and sea grass
    for i in range(12):
        x = rng.uniform(0, W)
        y = 860 + rng.uniform(0, 30)
        cv.poly(blob(x, y, rng.uniform(30, 70), rng.uniform(16, 30), rng), "#0e2a42")
    for i in range(26):
        x = rng.uniform(0, W)
        y = 760 + rng.uniform(-20, 80)
        h = rng.uniform(50, 150)
        pts = [(x + 10 * math.sin(k / 3.0 + i), y - h * k / 10.0) for k in range(11)]
        cv.line(pts, rng.choice(["#0f4a4c", "#145a57", "#0c3b44"]), rng.uniform(3, 6), 220)
    # fish school
    for i in range(26):
        fx = 960 + rng.gauss(0, 80) + i * 6
        fy = 420 + rng.gauss(0, 40)
        fs = rng.uniform(7, 12)
        cv.ellipse(fx, fy, fs, fs * 0.38, "#9fd8e6", 170)
        cv.poly([(fx - fs * 0.8, fy), (fx - fs * 1.5, fy - fs * 0.4), (fx - fs * 1.5, fy + fs * 0.4)],
                "#9fd8e6", 170)
    # bubbles
    for i in range(30):
        bx = sx + rng.uniform(-30, 640)
        by = SL + 70 + rng.uniform(0, 200)
        cv.ring(bx, by, rng.uniform(2, 5), "#cfeff7", 1.2, 120)
    # vignette towards the deep
    cv.glow(800, 1250, 1100, "#020a18", 0.5, 1.2, ry=500)


def scene_festival_lanterns(cv):
    """Night river: floating paper lanterns drifting under an arched stone bridge."""
    rng = cv.rng
    HZ = 470                    # eye level; waterline of the far bank
    WL = 525                    # waterline at the bridge
    VX = 800                    # vanishing point (x)
    BL, BR = 262, 1338          # where the embankments meet the bridge
    DB = VX - BL                # bridge distance expressed as |VX - x| at the bank

    def person(x, y, h, c, a=255, w=1.0):
        """Standing figure, feet at (x, y), height h."""
        hr = h * 0.115
        cv.circle(x, y - h + hr, hr, c, a)
        cv.rrect(x - h * 0.16 * w, y - h + hr * 2.05, x + h * 0.16 * w, y - h * 0.40,
                 h * 0.08, c, a)
        cv.poly([(x - h * 0.14 * w, y - h * 0.45), (x + h * 0.14 * w, y - h * 0.45),
                 (x + h * 0.10 * w, y), (x - h * 0.10 * w, y)], c, a)

    # ---- sky, stars and moon ------------------------------------------------
    cv.vgrad([(0, "#04061a"), (0.45, "#0e1336"), (0.8, "#1e1d4a"), (1, "#33295a")],
             0, HZ, box=(0, 0, W, HZ))
    for i in range(210):
        x, y = rng.uniform(0, W), rng.uniform(0, 340)
        cv.circle(x, y, rng.uniform(0.6, 1.5), "#ffffff", rng.uniform(50, 190) * (1 - y / 480))
    MX, MY = 1180, 118
    cv.glow(MX, MY, 200, "#7f8fd6", 0.22, 1.6)
    cv.glow(MX, MY, 64, "#e6e2ff", 0.35, 1.3)
    cv.circle(MX, MY, 33, "#f3eedc")
    cv.circle(MX - 10, MY - 7, 8, "#e3dcc8")
    cv.circle(MX + 11, MY + 9, 5, "#e3dcc8")
    cv.circle(MX + 4, MY - 15, 3.5, "#e6dfcb")

    # ---- old town on the far bank (seen above and through the bridge) -----
    rng2 = random.Random(cv.seed + 1)

    def skyline(base_lo, base_hi, wmin, wmax, color, win_p, win_c):
        x = -30
        while x < W + 30:
            w = rng2.uniform(wmin, wmax)
            top = rng2.uniform(base_lo, base_hi)
            kind = rng2.random()
            cv.rect(x, top, x + w, HZ + 2, color)
            if kind < 0.55:        # gable
                cv.poly([(x - 4, top + 1), (x + w / 2, top - w * 0.38), (x + w + 4, top + 1)], color)
            elif kind < 0.7:       # hipped
                cv.poly([(x - 3, top + 1), (x + w * 0.25, top - 14), (x + w * 0.75, top - 14),
                         (x + w + 3, top + 1)], color)
            if rng2.random() < 0.4:
                cx = x + w * rng2.uniform(0.2, 0.8)
                cv.rect(cx - 3, top - rng2.uniform(18, 30), cx + 4, top, color)
            rows = int((HZ - top - 14) // 22)
            cols = max(1, int(w // 20))
            for r in range(rows):
                for k in range(cols):
                    if rng2.random() < win_p:
                        wx = x + 7 + k * (w - 10) / cols
                        wy = top + 12 + r * 22
                        cv.glow(wx + 3, wy + 5, 14, "#ff9d45", 0.28)
                        cv.rect(wx, wy, wx + 6, wy + 9, win_c)
            x += w + rng2.uniform(-6, 4)

    skyline(225, 285, 50, 95, "#231f47", 0.10, "#e8a45e")
    # bell tower and dome of the old quarter
    cv.rect(318, 150, 352, HZ, "#231f47")
    cv.poly([(312, 152), (335, 96), (358, 152)], "#231f47")
    cv.rect(327, 170, 343, 196, "#3a3060")
    cv.rect(1010, 215, 1090, HZ, "#231f47")
    cv.ellipse(1050, 215, 40, 38, "#231f47")
    cv.rect(1046, 160, 1054, 182, "#231f47")
    skyline(290, 330, 60, 120, "#19163a", 0.16, "#ffbe6a")
    # haze of lantern light along the river
    cv.glow(800, HZ + 40, 760, "#ff9248", 0.22, 1.5, ry=150)

    # ---- far water, seen through the arches ---------------------------------
    cv.vgrad([(0, "#1c1a44"), (1, "#2c2150")], HZ, WL, box=(0, HZ, W, WL + 2))
    for i in range(45):
        y = rng.uniform(HZ + 3, WL - 2)
        f = (y - HZ) / (WL - HZ)
        x = rng.uniform(BL, BR)
        s = 7.5 * f
        cv.glow(x, y, s * 3 + 3, "#ff9a40", 0.45)
        cv.rect(x - s / 2 - 0.6, y - s * 0.8 - 0.6, x + s / 2 + 0.6, y, "#ffd27a")
        cv.rect(x - s / 2, y + 1, x + s / 2, y + 2 + s * 0.6, "#ffb050", 120)

    # ---- people leaning on the parapet (behind it) --------------------------
    def ptop(x):
        return 304 + 3.6e-5 * (x - VX) ** 2

    x = BL + 10
    while x < BR - 10:
        if rng.random() < 0.78:
            h = rng.uniform(30, 37)
            person(x, ptop(x) + h * 0.48, h, "#0a0918", w=rng.uniform(0.9, 1.2))
        x += rng.uniform(12, 30) if rng.random() < 0.8 else rng.uniform(40, 70)

    # ---- the stone bridge ----------------------------------------------------
    YS = 498                                    # springing line
    arches = [(800, 130, 120), (519, 105, 100), (1081, 105, 100),
              (297, 75, 76), (1303, 75, 76)]
    piers = [(647, 46), (953, 46), (393, 42), (1207, 42)]
    top_pts = [(x, ptop(x)) for x in range(-20, W + 21, 20)]
    outline = top_pts + [(W + 20, WL), (-20, WL)]

    mask = Image.new("L", (W * SS, H * SS), 0)
    md = ImageDraw.Draw(mask)
    md.polygon(cv.P(outline), fill=255)
    for cx, a, b in arches:
        op = cv.arc_pts(cx, YS, a, b, 180, 360) + [(cx + a, WL + 1), (cx - a, WL + 1)]
        md.polygon(cv.P(op), fill=0)

    saved_img, saved_d = cv.img, cv.d
    layer = Image.new("RGB", (W * SS, H * SS))
    cv.img, cv.d = layer, ImageDraw.Draw(layer, "RGBA")
    cv.vgrad([(0, "#3b3862"), (0.45, "#463d66"), (0.8, "#6a4a60"), (1, "#8a5a5c")],
             296, WL, box=(0, 280, W, WL + 2))
    # courses of stone
    y = 352
    while y < WL:
        cv.line([(-20, y), (W + 20, y)], "#2a2446", 1.2, 90)
        y += 15
    # pilasters over the piers
    for px, pw in piers:
        cv.rect(px - pw / 2 - 5, ptop(px) + 28, px + 0.5, WL, "#54486e")
        cv.rect(px, ptop(px) + 28, px + pw / 2 + 5, WL, "#3c3358")
    # arch rings (voussoirs)
    for cx, a, b in arches:
        t = 17
        outer = cv.arc_pts(cx, YS, a + t, b + t, 180, 360)
        inner = cv.arc_pts(cx, YS, a, b, 360, 180)
        cv.poly(outer + inner, "#574a70")
        n = 17
        for k in range(1, n):
            ang = math.radians(180 + 180 * k / n)
            cv.line([(cx + a * math.cos(ang), YS + b * math.sin(ang)),
                     (cx + (a + t) * math.cos(ang), YS + (b + t) * math.sin(ang))],
                    "#2e2748", 1.3, 170)
        cv.poly([(cx - 8, YS - b + 1), (cx + 8, YS - b + 1), (cx + 11, YS - b - t - 3),
                 (cx - 11, YS - b - t - 3)], "#64557c")
    # parapet and cornice
    cv.poly(top_pts + [(x, y + 26) for x, y in reversed(top_pts)], "#35315a")
    cv.poly([(x, y + 24) for x, y in top_pts] + [(x, y + 32) for x, y in reversed(top_pts)], "#5a5078")
    cv.poly([(x, y) for x, y in top_pts] + [(x, y + 4) for x, y in reversed(top_pts)], "#4c4670")
    # warm light from the lanterns on the lower stonework
    for cx, a, b in arches:
        cv.glow(cx, WL, a * 1.5, "#ff9248", 0.35, 1.6, ry=90)
    cv.img, cv.d = saved_img, saved_d
    cv.img.paste(layer, (0, 0), mask)

    # underside of each vault and the lantern glow beneath it
    for cx, a, b in arches:
        band = cv.arc_pts(cx, YS, a, b, 180, 360) + cv.arc_pts(cx, YS + 2, a, b - 16, 360, 180)
        cv.poly(band, "#1a1430")
        cv.glow(cx, WL - 4, a * 0.9, "#ff9a48", 0.4, 1.8, ry=40)

    # lamp posts on the bridge (the lamps themselves are lit after the reflection pass)
    for px, pw in piers:
        ty = ptop(px)
        cv.rect(px - 2, ty - 42, px + 2, ty + 2, "#15122a")
        cv.rect(px - 6, ty - 4, px + 6, ty + 2, "#15122a")
        cv.poly([(px - 11, ty - 56), (px + 11, ty - 56), (px, ty - 64)], "#15122a")

    # ---- embankments and riverside houses -----------------------------------
    def yk(k, d):
        """y on a line through the vanishing point; k = offset from HZ at the bridge."""
        return HZ + k * d / DB

    later = []                  # lights and figures drawn after the reflection pass

    def bank(side):
        sx = (lambda d: VX - d) if side < 0 else (lambda d: VX + d)
        D1 = 900.0
        # houses: stepped facades receding to the vanishing point
        facade_cols = ["#141129", "#181430", "#120f25"]
        d = DB - 30
        zi = 1.0 / d
        while d < D1:
            wz = rng2.uniform(0.00033, 0.00055)          # width in inverse-depth units
            d2 = 1.0 / max(1.0 / D1 * 0.7, zi - wz)
            hk = rng2.uniform(180, 275)
            fc = rng2.choice(facade_cols)
            base_k = 14
            face = [(sx(d), yk(base_k, d)), (sx(d2), yk(base_k, d2)),
                    (sx(d2), yk(-hk, d2)), (sx(d), yk(-hk, d))]
            cv.poly(face, fc)
            rk = rng2.uniform(26, 40)
            cv.poly([(sx(d - 6), yk(-hk + 2, d - 6)), (sx(d2 + 6), yk(-hk + 2, d2 + 6)),
                     (sx(d2), yk(-hk - rk, d2)), (sx(d), yk(-hk - rk, d))], "#0d0b1e")
            if rng2.random() < 0.6:
                cd = lerp(d, d2, rng2.uniform(0.2, 0.8))
                cv.poly([(sx(cd), yk(-hk - rk * 0.5, cd)), (sx(cd + 10), yk(-hk - rk * 0.5, cd + 10)),
                         (sx(cd + 10), yk(-hk - rk - 22, cd + 10)), (sx(cd), yk(-hk - rk - 22, cd))],
                        "#0d0b1e")
            # windows
            floors = int((hk - 30) // 44)
            cols = max(2, int(wz / 0.00011))
            for r in range(floors):
                for c in range(cols):
                    u0, u1 = (c + 0.28) / cols, (c + 0.72) / cols
                    z0, z1 = lerp(zi, zi - wz, u0), lerp(zi, zi - wz, u1)
                    da, db = 1.0 / z0, 1.0 / z1
                    k0, k1 = -30 - r * 44, -30 - r * 44 - 26
                    if k1 < -hk + 8:
                        continue
                    quad = [(sx(da), yk(k0, da)), (sx(db), yk(k0, db)),
                            (sx(db), yk(k1, db)), (sx(da), yk(k1, da))]
                    if rng2.random() < 0.14:
                        later.append(("win", quad, (sx(da) + sx(db)) / 2,
                                      (yk(k0, da) + yk(k1, da)) / 2, da))
                    else:
                        cv.poly(quad, "#221d3c")
            d, zi = d2, zi - wz
        # promenade and quay wall
        ds = [DB - 40 + i * 30 for i in range(40)]
        cv.poly([(sx(x), yk(14, x)) for x in ds] + [(sx(x), yk(24, x)) for x in reversed(ds)], "#2a2444")
        cv.poly([(sx(x), yk(24, x)) for x in ds] + [(sx(x), yk(55, x)) for x in reversed(ds)], "#30264a")
        cv.poly([(sx(x), yk(24, x)) for x in ds] + [(sx(x), yk(26.5, x)) for x in reversed(ds)], "#5c4a66")
        # lamp posts and people on the promenade
        for z in [1.0 / (DB + 40), 1.0 / (DB + 170), 1.0 / (DB + 330)]:
            dd = 1.0 / z
            s = dd / DB
            later.append(("lamp", sx(dd), yk(20, dd), s))
        dd = DB
        while dd < 880:
            s = dd / DB
            if rng2.random() < 0.7:
                later.append(("person", sx(dd), yk(22, dd), 33 * s * rng2.uniform(0.9, 1.08),
                              rng2.uniform(0.9, 1.25)))
                if rng2.random() < 0.3:
                    later.append(("person", sx(dd + 8), yk(22, dd + 8), 20 * s, 1.0))
            dd += rng2.uniform(20, 70)

    bank(-1)
    bank(+1)

    # ---- reflection of everything above the water ---------------------------
    img = cv.img
    RH = H - WL
    src = img.crop((0, (WL - RH) * SS, W * SS, WL * SS)).transpose(Image.FLIP_TOP_BOTTOM)
    # smear vertically so lit windows turn into soft streaks on the water
    src = src.resize((W * SS // 2, RH * SS // 14), Image.BILINEAR).resize((W * SS, RH * SS), Image.BILINEAR)
    src = src.filter(ImageFilter.GaussianBlur(1.2 * SS))
    pad = 30 * SS
    sp = Image.new("RGB", (W * SS + 2 * pad, RH * SS))
    sp.paste(src, (pad, 0))
    sp.paste(src.crop((0, 0, 1, RH * SS)).resize((pad, RH * SS)), (0, 0))
    sp.paste(src.crop((W * SS - 1, 0, W * SS, RH * SS)).resize((pad, RH * SS)), (W * SS + pad, 0))
    cv.vgrad([(0, "#1d1a42"), (0.3, "#120f30"), (1, "#07061a")], WL, H, box=(0, WL, W, H))
    y = 0
    while y < RH:
        sh = 3 if y < 60 else 4
        t = y / RH
        amp = 1.5 + 9 * t
        dx = int(round((amp * (0.7 * math.sin(y * 0.09) + 0.3 * math.sin(y * 0.23 + 1.3))
                        + rng.uniform(-0.12, 0.12) * amp) * SS))
        alpha = lerp(0.78, 0.32, t ** 0.8) * rng.uniform(0.85, 1.0)
        box = (0, (WL + y) * SS, W * SS, min(H, WL + y + sh) * SS)
        strip = sp.crop((pad - dx, y * SS, pad - dx + W * SS, (y + sh) * SS))
        region = img.crop(box)
        img.paste(Image.blend(region, strip.crop((0, 0, W * SS, box[3] - box[1])), alpha), box[:2])
        y += sh
    # quay walls reach below the bridge's waterline at the edges
    for side in (-1, 1):
        ds = [DB - 40 + i * 30 for i in range(40)]
        sx = (lambda d: VX - d) if side < 0 else (lambda d: VX + d)
        cv.poly([(sx(x), yk(24, x)) for x in ds] + [(sx(x), yk(55, x)) for x in reversed(ds)], "#30264a")
        cv.poly([(sx(x), yk(50, x)) for x in ds] + [(sx(x), yk(55, x)) for x in reversed(ds)], "#2a2140")
        cv.poly([(sx(x), yk(55, x)) for x in ds] + [(sx(x), yk(75, x)) for x in reversed(ds)], "#07061a", 120)

    # lit windows, lamps and people on the embankments, with their reflections
    def streak(x, y, w, n, c, a):
        for k in range(n):
            ww = w * (1.0 - 0.12 * k) * rng.uniform(0.7, 1.1)
            ox = rng.uniform(-0.25, 0.25) * w
            cv.rrect(x - ww / 2 + ox, y + k * w * 0.55, x + ww / 2 + ox,
                     y + k * w * 0.55 + max(1.0, w * 0.1), 1, c, a * (1 - k / (n + 1.0)))

    for px, pw in piers:
        ty = ptop(px)
        cv.glow(px, ty - 48, 46, "#ffb866", 0.55)
        cv.poly([(px - 7, ty - 42), (px + 7, ty - 42), (px + 9, ty - 56), (px - 9, ty - 56)], "#ffd690")
        ry = 2 * WL - (ty - 48)
        cv.glow(px, ry, 14, "#ffb866", 0.25, 1.5, ry=34)
        streak(px, ry - 12, 10, 5, "#ffd08a", 100)

    for item in later:
        if item[0] == "win":
            _, quad, mx, my, dd = item
            s = dd / DB
            cv.glow(mx, my, 18 * s, "#ff9a40", 0.35)
            cv.poly(quad, "#ffc46c")
            ry = 2 * yk(55, dd) - my
            if ry < H + 10:
                cv.glow(mx, ry, 10 * s, "#ff9a40", 0.22, 1.5, ry=26 * s)
                streak(mx, ry - 8 * s, 9 * s, 4, "#ffb25a", 110)
        elif item[0] == "lamp":
            _, lx, ly, s = item
            cv.rect(lx - 1.6 * s, ly - 58 * s, lx + 1.6 * s, ly, "#0b0918")
            cv.glow(lx, ly - 62 * s, 34 * s, "#ffb866", 0.5)
            cv.circle(lx, ly - 62 * s, 5 * s, "#ffd690")
            ry = 2 * yk(55, abs(lx - VX)) - (ly - 62 * s)
            if ry < H + 10:
                cv.glow(lx, ry, 12 * s, "#ffb866", 0.25, 1.5, ry=30 * s)
                streak(lx, ry - 10 * s, 8 * s, 5, "#ffd08a", 100)
        else:
            _, px, py, ph, pw = item
            person(px, py, ph, "#0a0817", w=pw)

    # ripples
    for i in range(90):
        y = WL + 6 + (rng.random() ** 1.5) * (H - WL)
        f = (y - HZ) / (WL - HZ)
        L = rng.uniform(30, 90) * f ** 0.7
        x0 = rng.uniform(-50, W)
        cv.rrect(x0, y, x0 + L, y + max(1, 0.25 * f), 1, "#8c86c8", rng.uniform(25, 60))

    # ---- floating lanterns ---------------------------------------------------
    pal = [("#ff9c3a", "#ffc865", "#fff0c0"), ("#ffb04a", "#ffd98a", "#fff6d8"),
           ("#ff8a3a", "#ffb65e", "#ffe6a8"), ("#f0703a", "#ff9f5a", "#ffd8a0"),
           ("#ffc45a", "#ffe4a0", "#fffae8")]
    lant = []
    tries = 0
    while len(lant) < 150 and tries < 20000:
        tries += 1
        z = 0.105 + 0.895 * rng.random() ** 1.15
        f = 1.0 / z
        y = HZ + (WL - HZ) * f + 4
        if y > H + 25:
            continue
        if rng.random() < 0.8:
            X = 150 * math.sin(z * 6.0 + 0.4) + rng.gauss(0, 200)
        else:
            X = rng.uniform(-500, 500)
        if abs(X) > 500:
            continue
        x = VX + X * f
        s = 7.2 * f
        if x < -s or x > W + s:
            continue
        if any(abs(x - ox) < (s + os_) * 0.62 and abs(y - oy) < (s + os_) * 0.5
               for ox, oy, os_, _ in lant):
            continue
        lant.append((x, y, s, rng.choice(pal)))
    lant.sort(key=lambda l: l[1])
    for x, y, s, (c0, c1, c2) in lant:
        h = s * 0.82
        # pool of light and broken reflection on the water
        cv.glow(x, y + s * 0.1, s * 2.6, "#ff8c3a", 0.30, 1.6, ry=s * 0.9)
        cv.glow(x, y + s * 1.4, s * 1.0, "#ffa850", 0.30, 1.6, ry=s * 2.0)
        if s < 9:
            cv.glow(x, y - h / 2, s * 2.2, "#ffa040", 0.5)
            cv.rect(x - s / 2, y - h, x + s / 2, y, c1)
            cv.rect(x - s / 2, y + 1, x + s / 2, y + 1 + h * 0.8, c0, 110)
            continue
        refl = [(x - s / 2, y + s * 0.06), (x + s / 2, y + s * 0.06),
                (x + s / 2, y + s * 0.06 + h), (x - s / 2, y + s * 0.06 + h)]
        cv.vgrad([(0, c1), (1, "#2a1a30")], y, y + h * 1.1, shape=refl)
        for k in range(4):
            yy = y + s * (0.35 + 0.32 * k)
            ww = s * (1.0 - 0.16 * k) * rng.uniform(0.8, 1.1)
            ox = rng.uniform(-0.1, 0.1) * s
            cv.rrect(x - ww / 2 + ox, yy, x + ww / 2 + ox, yy + max(1, s * 0.05), 1,
                     c1, 150 - k * 30)
        # halo, wooden base, paper box with an open top; the side face turned
        # towards the middle of the river (i.e. towards the viewer's eye line)
        m = 1 if x <= VX else -1
        P = lambda pts: [(x + m * px, py) for px, py in pts]
        cv.glow(x, y - h / 2, s * 1.9, "#ff9a40", 0.42, 1.8)
        cv.rect(x - s * 0.56, y - s * 0.1, x + s * 0.56, y + s * 0.04, "#4a2418")
        front = P([(-s / 2, y - s * 0.08), (s * 0.14, y - s * 0.08), (s * 0.14, y - h), (-s / 2, y - h)])
        side = P([(s * 0.14, y - s * 0.08), (s / 2, y - s * 0.12),
                  (s / 2, y - h - s * 0.05), (s * 0.14, y - h)])
        cv.vgrad([(0, c2), (0.55, c1), (1, c0)], y - h, y, shape=front)
        cv.vgrad([(0, c1), (1, c0)], y - h, y, shape=side)
        topf = P([(-s / 2, y - h), (s * 0.14, y - h), (s / 2, y - h - s * 0.05),
                  (-s * 0.16, y - h - s * 0.16)])
        cv.poly(topf, "#fffbe8")
        cv.glow(x - m * s * 0.12, y - h * 0.55, s * 0.5, "#ffffff", 0.55, 1.4)
        lw = max(0.6, s * 0.035)
        cv.line(P([(s * 0.14, y - h), (s * 0.14, y - s * 0.08)]), c0, lw, 200)
        cv.line(P([(-s / 2, y - h), (-s / 2, y - s * 0.08)]), c0, lw, 150)
        cv.line(P([(s / 2, y - h - s * 0.05), (s / 2, y - s * 0.12)]), c0, lw, 150)
        cv.line(P([(-s / 2, y - h), (s * 0.14, y - h), (s / 2, y - h - s * 0.05)]), c0, lw, 160)


def scene_coalition_talks(cv):
    rng = cv.rng
    GY = 740
    cv.vgrad([(0, "#141a3a"), (0.4, "#3b3766"), (0.72, "#9a6a88"), (0.9, "#e59a7a"), (1, "#f4c08e")],
             0, GY, box=(0, 0, W, GY))
    cv.glow(800, GY, 700, "#ffb684", 0.4, 1.5, ry=260)
    for i in range(60):
        cv.circle(rng.uniform(0, W), rng.uniform(0, 240), rng.uniform(0.6, 1.3), "#ffffff", rng.uniform(50, 150))
    # thin dusk clouds
    for (x, y, w) in [(90, 360, 380), (1120, 300, 420), (1300, 420, 260), (420, 250, 240)]:
        cv.rrect(x, y, x + w, y + 10, 5, "#c9889a", 110)
        cv.rrect(x + 40, y + 17, x + w - 60, y + 23, 3, "#c9889a", 70)

    stone = "#4a3f66"
    stone_d = "#362e52"
    stone_l = "#6d5f8c"
    lit = "#ffd27a"
    # wings
    cv.rect(150, 520, 1450, GY, stone)
    cv.rect(150, 505, 1450, 522, stone_l)
    cv.rect(150, 498, 1450, 506, stone_d)
    # balustrade
    for x in range(160, 1445, 14):
        cv.rect(x, 486, x + 6, 498, stone_d)
    # end pavilions
    for x0 in (150, 1290):
        cv.rect(x0, 470, x0 + 160, GY, stone)
        cv.poly([(x0 - 8, 470), (x0 + 80, 430), (x0 + 168, 470)], stone_d)
        cv.rect(x0 - 8, 466, x0 + 168, 474, stone_l)
    # windows along the wings
    for row, wy in enumerate((545, 620)):
        for k in range(24):
            wx = 175 + k * 53
            if 600 < wx < 1000:
                continue
            on = rng.random() < 0.62
            c = lit if on else "#241d3c"
            if on:
                cv.glow(wx + 12, wy + 26, 48, "#ffb25a", 0.35)
            cv.rect(wx, wy + 10, wx + 24, wy + 52, c)
            cv.ellipse(wx + 12, wy + 10, 12, 10, c)
            cv.rect(wx + 11, wy, wx + 13, wy + 52, stone_d)
            cv.rect(wx - 3, wy + 52, wx + 27, wy + 56, stone_l)
    # central block
    cv.rect(600, 440, 1000, GY, stone)
    cv.rect(590, 430, 1010, 444, stone_l)
    # drum
    cv.rect(660, 330, 940, 440, stone_l)
    cv.rect(650, 322, 950, 334, stone)
    for k in range(10):
        cx = 676 + k * 28
        cv.rect(cx, 338, cx + 10, 430, stone)
        if 0 < k < 9:
            cv.rect(cx + 12, 356, cx + 24, 412, lit if k % 2 else "#f0b860")
    # dome
    dome = cv.arc_pts(800, 324, 150, 175, 180, 360)
    cv.hgrad([(0, "#b28aa8"), (0.35, "#7b6a9c"), (1, "#332a4e")], 650, 950, shape=dome)
    for k in range(1, 8):
        t = k / 8.0
        xs = 800 - 150 * math.cos(math.pi * t)
        pts = []
        for j in range(20):
            u = j / 19.0
            ang = math.pi * (1 - u * 0.5)
            pts.append((800 + (xs - 800) * math.cos(math.radians(90 * u)) * 1.0,
                        324 - 175 * math.sin(math.radians(90 * u))))
        cv.line(pts, "#2d2545", 1.6, 140)
    # lantern + flag
    cv.rect(782, 130, 818, 160, stone_l)
    cv.ellipse(800, 130, 20, 14, "#7b6a9c")
    cv.rect(790, 138, 810, 156, lit)
    cv.glow(800, 146, 40, "#ffc070", 0.6)
    cv.line([(800, 118), (800, 52)], "#2d2545", 2.2)
    flag = [(801, 54)] + [(801 + k * 5, 56 + 3 * math.sin(k / 1.6)) for k in range(1, 11)] + \
           [(801 + k * 5, 80 + 3 * math.sin(k / 1.6)) for k in range(10, 0, -1)] + [(801, 78)]
    cv.poly(flag, "#c9704f")
    # portico: pediment + columns
    cv.poly([(620, 470), (800, 398), (980, 470)], stone_l)
    cv.poly([(650, 462), (800, 410), (950, 462)], stone_d)
    cv.rect(615, 468, 985, 484, stone_l)
    cv.rect(640, 484, 960, GY, "#2a2244")
    cv.glow(800, 640, 180, "#ffb25a", 0.45)
    cv.rect(770, 620, 830, GY, lit)
    cv.ellipse(800, 620, 30, 26, lit)
    for k in range(6):
        cx = 652 + k * 58
        cv.hgrad([(0, "#9a88b8"), (1, "#5a4c7a")], cx, cx + 22, box=(cx, 486, cx + 22, GY - 10))
        cv.rect(cx - 4, 484, cx + 26, 492, stone_l)
        cv.rect(cx - 4, GY - 12, cx + 26, GY - 4, stone_l)
    # steps and plaza
    for k in range(5):
        cv.rect(590 - k * 22, GY + k * 9 - 4, 1010 + k * 22, GY + k * 9 + 5,
                mix(C("#5c4f7a"), C("#2a2442"), k / 5.0))
    cv.vgrad([(0, "#3a3150"), (1, "#1a1528")], GY, H, box=(0, GY + 40, W, H))
    cv.rect(0, GY, 580, GY + 40, "#2a2340")
    cv.rect(1020, GY, W, GY + 40, "#2a2340")
    for k in range(-12, 13):
        cv.line([(800 + k * 30, GY + 44), (800 + k * 150, H)], "#4a3f66", 1.2, 90)
    # reflecting glow from the door on the plaza
    cv.glow(800, 830, 260, "#ffb25a", 0.25, 1.6, ry=50)
    # trees
    for x, y, s in [(60, 650, 1.2), (1540, 640, 1.3), (1440, 690, 0.8), (170, 700, 0.8)]:
        cv.rect(x - 6 * s, y, x + 6 * s, GY + 30, "#120f22")
        cv.poly(blob(x, y - 60 * s, 80 * s, 110 * s, rng, wob=0.08), "#15122a")
    # lamp posts
    for x in (480, 1120, 300, 1300):
        cv.rect(x - 2, GY - 70, x + 2, GY + 40, "#120f22")
        cv.glow(x, GY - 76, 46, "#ffc070", 0.7)
        cv.circle(x, GY - 76, 6, "#fff0c0")


def turbine(cv, x, base, h, rot, color, shade, accent, haze=0.0, hz=None):
    c = mix(col(color), col(hz), haze) if hz else col(color)
    sh = mix(col(shade), col(hz), haze) if hz else col(shade)
    ac = mix(col(accent), col(hz), haze) if hz else col(accent)
    w0, w1 = h * 0.028, h * 0.014
    # transition piece
    cv.rect(x - w0 * 1.2, base - h * 0.07, x + w0 * 1.2, base, ac)
    cv.rect(x - w0 * 1.6, base - h * 0.075, x + w0 * 1.6, base - h * 0.066, ac)
    tower = [(x - w0, base - h * 0.07), (x + w0, base - h * 0.07), (x + w1, base - h), (x - w1, base - h)]
    cv.poly(tower, c)
    cv.poly([(x, base - h * 0.07), (x + w0, base - h * 0.07), (x + w1, base - h), (x, base - h)], sh)
    hy = base - h - h * 0.02
    cv.rrect(x - h * 0.03, hy - h * 0.02, x + h * 0.07, hy + h * 0.02, h * 0.012, c)
    blade = h * 0.5
    for k in range(3):
        a = math.radians(rot + 120 * k)
        ca, sa = math.cos(a), math.sin(a)
        px, py = -sa, ca
        bw = h * 0.022
        pts = [(x + px * bw * 0.5, hy + py * bw * 0.5),
               (x + ca * blade * 0.25 + px * bw, hy + sa * blade * 0.25 + py * bw),
               (x + ca * blade, hy + sa * blade),
               (x + ca * blade * 0.3 - px * bw * 0.3, hy + sa * blade * 0.3 - py * bw * 0.3),
               (x - px * bw * 0.5, hy - py * bw * 0.5)]
        cv.poly(pts, c)
    cv.circle(x, hy, h * 0.022, sh)


def scene_wind_farm(cv):
    rng = cv.rng
    HZ = 520
    cv.vgrad([(0, "#7fb6dc"), (0.55, "#c5e0ee"), (0.85, "#f6e2cc"), (1, "#fcd6b0")], 0, HZ, box=(0, 0, W, HZ))
    cv.glow(330, HZ - 40, 520, "#fff0d2", 0.7, 1.4)
    cv.glow(330, HZ - 40, 90, "#fffaf0", 0.95, 1.2)
    cv.circle(330, HZ - 40, 36, "#fffaf0")
    # soft clouds
    for (x, y, w) in [(1100, 150, 380), (650, 230, 260), (1400, 300, 200), (150, 170, 220)]:
        cv.ellipse(x, y, w * 0.5, w * 0.06, "#ffffff", 120)
        cv.ellipse(x + w * 0.15, y - w * 0.03, w * 0.3, w * 0.06, "#ffffff", 110)
    # sea
    cv.vgrad([(0, "#cfe1ea"), (0.15, "#a6c8db"), (1, "#3f7aa0")], HZ, H, box=(0, HZ, W, H))
    cv.glow(330, HZ + 30, 380, "#fff4e0", 0.55, 1.5, ry=70)
    for i in range(150):
        y = HZ + 3 + ((i / 150.0) ** 1.6) * (H - HZ)
        t = (y - HZ) / (H - HZ)
        x = rng.uniform(-50, W)
        cv.rrect(x, y, x + 20 + 120 * t, y + 1 + 2 * t, 1, "#eef6fa", 60 + 50 * (1 - t))
    for i in range(40):
        y = HZ + 3 + rng.uniform(0, 160)
        x = 330 + rng.gauss(0, 60)
        cv.rrect(x - 30, y, x + 30, y + 2, 1, "#fffbf0", 150)
    # distant coastline
    cv.poly([(1100, HZ), (1250, HZ - 8), (1400, HZ - 12), (1600, HZ - 6), (1600, HZ)], "#a9bccb")

    # turbines on a regular offshore grid, projected in perspective
    # (screen x = vpx + X*F/Z, base y = HZ + camera height*F/Z)
    vpx = 520
    items = []
    for i in range(5):
        Z = 2.0 + i * 1.7
        for j in range(-1, 5):
            X = 0.55 + j * 1.6 + (0.8 if i % 2 else 0.0)
            x = vpx + X * 520 / Z
            base = HZ + 300 / Z
            h = 860 / Z
            if x < 40 or x > W - 20:
                continue
            items.append((Z, x, base, h))
    items.sort(reverse=True)
    for k, (Z, x, base, h) in enumerate(items):
        haze = min(0.8, (Z - 2.0) / 9.0)
        cv.rect(x - h * 0.012, base, x + h * 0.012, base + h * 0.22, "#ffffff", 50 * (1 - haze))
        turbine(cv, x, base, h, 15 + (k * 37) % 120, "#f7f9fb", "#cdd8e2", "#f2c230", haze, "#c9dde8")
    # service vessel with wake
    bx, by = 980, 800
    for k in range(14):
        cv.line([(bx - 10 - k * 30, by + 6 + k * 1.5), (bx - 40 - k * 30, by + 6 + k * 1.5)], "#ffffff", 2, 150 - k * 9)
    cv.poly([(bx - 90, by - 6), (bx + 60, by - 6), (bx + 90, by - 14), (bx + 70, by + 10), (bx - 84, by + 10)], "#f2f4f6")
    cv.poly([(bx - 86, by + 4), (bx + 74, by + 4), (bx + 70, by + 10), (bx - 84, by + 10)], "#d9574a")
    cv.poly([(bx - 40, by - 6), (bx + 30, by - 6), (bx + 22, by - 34), (bx - 30, by - 34)], "#f2f4f6")
    cv.rect(bx - 24, by - 28, bx + 18, by - 20, "#2f5570")
    cv.rect(bx - 60, by + 10, bx + 75, by + 14, "#2b5f80", 120)


def scene_drone_perimeter(cv):
    rng = cv.rng
    HZ = 560
    cv.vgrad([(0, "#0f1533"), (0.45, "#25336a"), (0.78, "#6a5c8a"), (0.92, "#e08a5a"), (1, "#f6b87a")],
             0, HZ, box=(0, 0, W, HZ))
    for i in range(80):
        cv.circle(rng.uniform(0, W), rng.uniform(0, 300), rng.uniform(0.6, 1.4), "#ffffff", rng.uniform(50, 170))
    cv.glow(1200, HZ, 500, "#ff9a5a", 0.4, 1.6, ry=120)
    # ground
    cv.vgrad([(0, "#2b2b42"), (1, "#0b0e1c")], HZ, H, box=(0, HZ, W, H))
    # distant city lights on horizon
    for i in range(140):
        x = rng.uniform(0, W)
        cv.circle(x, HZ - rng.uniform(0, 3), rng.uniform(0.6, 1.3), "#ffd59a", rng.uniform(90, 200))
    # control tower (right, distant)
    tx = 1380
    cv.poly([(tx - 10, HZ), (tx + 10, HZ), (tx + 7, HZ - 170), (tx - 7, HZ - 170)], "#161a30")
    cv.poly([(tx - 34, HZ - 170), (tx + 34, HZ - 170), (tx + 26, HZ - 205), (tx - 26, HZ - 205)], "#161a30")
    cv.poly([(tx - 30, HZ - 178), (tx + 30, HZ - 178), (tx + 25, HZ - 198), (tx - 25, HZ - 198)], "#7fe0e6")
    cv.glow(tx, HZ - 188, 60, "#7fe0e6", 0.35)
    cv.rect(tx - 2, HZ - 240, tx + 2, HZ - 205, "#161a30")
    cv.glow(tx, HZ - 242, 18, "#ff3b30", 0.9)
    # terminal block
    cv.rect(1120, HZ - 40, 1340, HZ, "#191d35")
    for k in range(18):
        cv.rect(1128 + k * 12, HZ - 28, 1134 + k * 12, HZ - 16, "#ffd59a", 160 if k % 3 else 60)

    # runway in perspective
    VP = (760, HZ + 4)
    def rw(xb, y):
        t = (y - VP[1]) / (H - VP[1])
        return (VP[0] + (xb - VP[0]) * t, y)
    y0 = HZ + 8
    left, right = -900, 2400
    cv.poly([rw(left, y0), rw(right, y0), rw(right, H), rw(left, H)], "#24283d")
    cv.poly([rw(left + 60, y0), rw(right - 60, y0), rw(right - 60, H), rw(left + 60, H)], "#1c2033")
    # centreline dashes
    for i in range(14):
        ya = y0 + ((i / 14.0) ** 2.2) * (H - y0)
        yb = y0 + (((i + 0.45) / 14.0) ** 2.2) * (H - y0)
        a0, a1 = rw(740, ya), rw(780, ya)
        b0, b1 = rw(780, yb), rw(740, yb)
        cv.poly([a0, a1, b0, b1], "#e8e8ee", 200)
    # edge lights
    for side in (left + 90, right - 90):
        for i in range(30):
            y = y0 + ((i / 29.0) ** 2.0) * (H - y0)
            x, _ = rw(side, y)
            t = (y - y0) / (H - y0)
            cv.glow(x, y, 6 + 26 * t, "#ffe2a0", 0.7)
            cv.circle(x, y, 0.8 + 3 * t, "#fff6dc")
    # taxiway blue lights
    for i in range(16):
        y = y0 + ((i / 15.0) ** 2.0) * (H - y0) * 0.6
        x, _ = rw(-1500, y)
        cv.glow(x, y, 4 + 14 * (y - y0) / (H - y0), "#4aa3ff", 0.7)
    # parked airliner (left), side view
    px, py, s = 70, HZ + 4, 1.4
    body = [(0, -42), (26, -62), (370, -66), (400, -63), (420, -56), (428, -47), (414, -38), (380, -33), (34, -33)]
    P = lambda pts: tf(pts, px, py, s)
    cv.poly(P([(28, -60), (6, -122), (32, -122), (92, -62)]), "#0d1124")        # tail fin
    cv.poly(P([(4, -46), (-16, -52), (30, -54), (66, -48)]), "#0d1124")          # stabiliser
    cv.poly(P(body), "#141935")
    cv.poly(P([(26, -62), (370, -66), (400, -63), (30, -58)]), "#2a3260")       # top highlight
    cv.poly(P([(170, -40), (250, -40), (320, -16), (300, -16)]), "#0d1124")     # wing
    cv.rrect(*[v for v in P([(214, -36)])[0] + P([(262, -18)])[0]], 7, "#0d1124")  # engine
    for k in range(26):
        wx, wy = P([(60 + k * 12, -53)])[0]
        cv.rect(wx, wy, wx + 3.5, wy + 3, "#ffd59a", 200)
    cv.poly(P([(398, -58), (414, -55), (410, -51), (396, -53)]), "#8fb4ff")
    for gx in (90, 360):
        cv.line(P([(gx, -34), (gx, -4)]), "#0d1124", 3)
        cv.circle(*P([(gx, -2)])[0], 5 * s, "#0d1124")
    cv.glow(*P([(200, -68)])[0], 22, "#ff3b30", 0.9)
    cv.glow(*P([(8, -124)])[0], 14, "#ffffff", 0.8)

    # the drone
    dx, dy, ds = 1070, 270, 1.0
    D = lambda pts: tf(pts, dx, dy, ds, -6)
    cv.glow(dx, dy, 120, "#9fb8ff", 0.12)
    for sx_ in (-1, 1):
        cv.line(D([(0, 0), (sx_ * 70, -12)]), "#070912", 7)
        cv.line(D([(0, 0), (sx_ * 52, 10)]), "#070912", 6)
        for ax, ay in ((sx_ * 70, -12), (sx_ * 52, 10)):
            cx, cy = D([(ax, ay - 8)])[0]
            cv.rect(cx - 4, cy, cx + 4, cy + 10, "#070912")
            cv.ellipse(cx, cy - 1, 34, 5, "#c9d4ff", 70)
            cv.ellipse(cx, cy - 1, 34, 2, "#070912", 160)
    cv.poly(D([(-34, -8), (34, -8), (42, 8), (-42, 8)]), "#070912")
    cv.poly(D([(-22, -16), (22, -16), (34, -8), (-34, -8)]), "#0b0e1a")
    cv.circle(*D([(0, 16)])[0], 9, "#070912")
    cv.circle(*D([(0, 18)])[0], 3.5, "#3a4a7a")
    cv.glow(*D([(-70, -12)])[0], 22, "#ff3b30", 0.95)
    cv.glow(*D([(70, -12)])[0], 22, "#35ff7a", 0.95)
    cv.line(D([(-30, 10), (-40, 26)]), "#070912", 2.5)
    cv.line(D([(30, 10), (40, 26)]), "#070912", 2.5)

    # perimeter fence (foreground)
    top, bot = 470, H + 10
    fence_c = "#060812"
    for k in range(-40, 90):
        x = k * 26
        cv.line([(x, top), (x + (bot - top) * 0.6, bot)], "#9aa2c8", 1.0, 46)
        cv.line([(x, top), (x - (bot - top) * 0.6, bot)], "#9aa2c8", 1.0, 46)
    cv.rect(0, top - 2, W, top + 3, fence_c)
    cv.rect(0, 860, W, 864, fence_c, 200)
    for k in range(6):
        x = 60 + k * 300
        cv.rect(x - 6, top - 6, x + 6, H, fence_c)
        cv.line([(x, top - 2), (x - 40, top - 64)], fence_c, 5)
    # three strands of barbed wire on the outrigger arms
    for j in range(3):
        y = top - 20 - 20 * j
        off = -13 * (j + 1)
        cv.line([(0, y), (W, y)], fence_c, 1.6, 230)
        for k in range(0, 120):
            bx = k * 15 + off % 15
            cv.line([(bx - 3, y - 3), (bx + 3, y + 3)], fence_c, 1.4, 230)
            cv.line([(bx + 3, y - 3), (bx - 3, y + 3)], fence_c, 1.4, 230)
    # floodlight pole (right)
    cv.rect(1500, 300, 1510, H, "#0a0d1c")
    cv.rect(1476, 292, 1534, 306, "#0a0d1c")
    cv.soft_poly([(1480, 306), (1530, 306), (1700, H), (1260, H)], "#d9e2ff", 38, blur=14)
    cv.glow(1505, 306, 60, "#eef2ff", 0.8)


def plinth(cv, x0, x1, top, bottom, depth, vpx, light, side, front, shadow=True):
    """Box in one-point perspective. depth = top-face height in px."""
    cx = (x0 + x1) / 2
    k = 0.12
    dxl = (vpx - x0) * k
    dxr = (vpx - x1) * k
    if shadow:
        cv.ellipse(cx + 10, bottom + 4, (x1 - x0) * 0.75, 18, "#3a1e10", 90)
    topf = [(x0, top), (x1, top), (x1 + dxr, top - depth), (x0 + dxl, top - depth)]
    if vpx > x1:
        sidef = [(x1, top), (x1 + dxr, top - depth), (x1 + dxr, bottom - depth), (x1, bottom)]
    elif vpx < x0:
        sidef = [(x0, top), (x0 + dxl, top - depth), (x0 + dxl, bottom - depth), (x0, bottom)]
    else:
        sidef = None
    if sidef:
        cv.poly(sidef, side)
    cv.vgrad([(0, front), (1, mix(col(front), C("#7a5236"), 0.35))], top, bottom, box=(x0, top, x1, bottom))
    cv.poly(topf, light)
    cv.rect(x0, top, x1, top + 6, mix(col(light), C("#ffffff"), 0.3))


def scene_museum(cv):
    rng = cv.rng
    VP = (800, 470)
    # room shell: back wall rectangle and side walls
    bw = (330, 130, 1270, 640)
    cv.vgrad([(0, "#5a3424"), (1, "#8c5a3a")], 0, 130, shape=[(0, 0), (W, 0), (bw[2], bw[1]), (bw[0], bw[1])])
    cv.hgrad([(0, "#7a4a30"), (1, "#b87e52")], 0, bw[0], shape=[(0, 0), (bw[0], bw[1]), (bw[0], bw[3]), (0, H)])
    cv.hgrad([(0, "#b87e52"), (1, "#7a4a30")], bw[2], W, shape=[(W, 0), (bw[2], bw[1]), (bw[2], bw[3]), (W, H)])
    cv.vgrad([(0, "#e8c89a"), (1, "#d8ad7c")], bw[1], bw[3], box=bw)
    # floor
    floor = [(bw[0], bw[3]), (bw[2], bw[3]), (W, H), (0, H)]
    cv.vgrad([(0, "#9a5a34"), (1, "#6a3a22")], bw[3], H, shape=floor)
    for k in range(-10, 11):
        xb = 800 + k * 170
        cv.line([(lerp(bw[0], bw[2], (k + 10) / 20.0), bw[3]), (xb, H)], "#5a301c", 1.4, 110)
    for y in (660, 690, 730, 790, 870):
        t = (y - bw[3]) / (H - bw[3])
        cv.line([(lerp(bw[0], 0, t), y), (lerp(bw[2], W, t), y)], "#5a301c", 1.2, 80)
    # ceiling skylight
    sky = [(560, 40), (1040, 40), (1110, 100), (490, 100)]
    cv.poly(sky, "#f6e3bd", 230)
    for k in range(1, 6):
        cv.line([(lerp(560, 1040, k / 6.0), 40), (lerp(490, 1110, k / 6.0), 100)], "#8a5a3c", 2)
    cv.line([(525, 70), (1075, 70)], "#8a5a3c", 2)
    # cornice and skirting
    cv.rect(bw[0], bw[1], bw[2], bw[1] + 18, "#f3dcb4")
    cv.rect(bw[0], bw[1] + 18, bw[2], bw[1] + 24, "#c29566")
    cv.rect(bw[0], bw[3] - 14, bw[2], bw[3], "#a26c44")
    # pilasters on back wall
    for x in (420, 1150):
        cv.rect(x, bw[1] + 24, x + 38, bw[3] - 14, "#f0d6ac")
        cv.rect(x + 28, bw[1] + 24, x + 38, bw[3] - 14, "#d7b284")
        cv.rect(x - 6, bw[1] + 24, x + 44, bw[1] + 40, "#f3dcb4")
    # the arch opening into the next gallery (brighter)
    ax0, ax1, spring = 620, 980, 360
    r = (ax1 - ax0) / 2
    arch = [(ax0, bw[3])] + cv.arc_pts(800, spring, r, r, 180, 360) + [(ax1, bw[3])]
    cv.vgrad([(0, "#fff4dc"), (1, "#f0cf98")], spring - r, bw[3], shape=arch)
    # next gallery depth: smaller arch, floor
    cv.poly([(ax0 + 10, bw[3]), (ax1 - 10, bw[3]), (900, 560), (700, 560)], "#d7a06a")
    a2 = [(720, 560)] + cv.arc_pts(800, 440, 80, 80, 180, 360) + [(880, 560)]
    cv.poly(a2, "#fffaf0")
    cv.glow(800, 480, 200, "#ffffff", 0.5)
    # arch frame (moulding)
    frame_o = cv.arc_pts(800, spring, r + 26, r + 26, 180, 360)
    frame_i = cv.arc_pts(800, spring, r, r, 360, 180)
    cv.poly(frame_o + frame_i, "#f6e0ba")
    cv.rect(ax0 - 26, spring, ax0, bw[3] - 14, "#f6e0ba")
    cv.rect(ax1, spring, ax1 + 26, bw[3] - 14, "#dfbd8e")
    cv.poly([(788, spring - r - 30), (812, spring - r - 30), (806, spring - r + 4), (794, spring - r + 4)], "#dfbd8e")
    # frames on side walls (abstract colour blocks, no text)
    cv.poly([(60, 250), (230, 290), (230, 500), (60, 520)], "#5a3a28")
    cv.poly([(76, 270), (214, 302), (214, 488), (76, 504)], "#2f5a5a")
    cv.poly([(90, 420), (200, 400), (200, 486), (90, 500)], "#c98a3a")
    cv.poly([(1540, 250), (1370, 290), (1370, 500), (1540, 520)], "#5a3a28")
    cv.poly([(1524, 270), (1386, 302), (1386, 488), (1524, 504)], "#8a3a2a")
    cv.circle(1455, 390, 45, "#e8b860")

    # spotlight cones
    for x, w in ((400, 160), (800, 120), (1190, 160)):
        cv.soft_poly([(x - 20, 0), (x + 20, 0), (x + w, 720), (x - w, 720)], "#fff2cf", 40, blur=20)

    # plinths
    plinth(cv, 300, 500, 560, 800, 36, VP[0], "#fbf1df", "#d9c3a2", "#f1e2c8")
    plinth(cv, 1100, 1300, 560, 800, 36, VP[0], "#fbf1df", "#d9c3a2", "#f1e2c8")
    plinth(cv, 740, 860, 500, 640, 20, VP[0], "#fbf1df", "#d9c3a2", "#efdcbd")
    # amphora on left plinth
    ax, base = 400, 544
    prof = [(0, 0), (26, -4), (40, -30), (62, -90), (62, -130), (46, -170), (22, -190), (20, -218),
            (30, -226), (30, -232)]
    right_side = [(ax + x, base + y) for x, y in prof]
    left_side = [(ax - x, base + y) for x, y in prof][::-1]
    vessel = right_side + left_side
    cv.hgrad([(0, "#8a3a1e"), (0.35, "#d0703a"), (0.5, "#e08a4a"), (1, "#6a2a14")], ax - 62, ax + 62, shape=vessel)
    cv.rect(ax - 58, base - 120, ax + 58, base - 100, "#2a1a14", 220)
    for k in range(7):
        cv.poly([(ax - 54 + k * 16, base - 100), (ax - 46 + k * 16, base - 86), (ax - 38 + k * 16, base - 100)], "#2a1a14", 200)
    cv.line([(ax - 22, base - 186), (ax - 48, base - 200), (ax - 50, base - 150)], "#a04a24", 5)
    cv.line([(ax + 22, base - 186), (ax + 48, base - 200), (ax + 50, base - 150)], "#8a3a1e", 5)
    cv.ellipse(ax, base - 232, 30, 5, "#4a1e0e")
    cv.ellipse(ax, base + 10, 70, 8, "#3a1e10", 100)
    # carved mask on right plinth
    mx, my = 1200, 420
    cv.rect(mx - 4, 470, mx + 4, 544, "#3a2418")
    cv.rect(mx - 30, 538, mx + 30, 546, "#3a2418")
    face = blob(mx, my, 52, 92, rng, wob=0.03)
    cv.hgrad([(0, "#6a3a1e"), (0.4, "#9c5a2c"), (1, "#3e2010")], mx - 52, mx + 52, shape=face)
    cv.poly([(mx - 52, my - 30), (mx + 52, my - 30), (mx + 50, my - 20), (mx - 50, my - 20)], "#e0b060", 200)
    for ex in (-22, 22):
        cv.poly([(mx + ex - 16, my - 6), (mx + ex + 16, my - 6), (mx + ex, my + 4)], "#1e0e06")
    cv.poly([(mx - 6, my - 4), (mx + 6, my - 4), (mx + 10, my + 38), (mx - 10, my + 38)], "#b06a34")
    cv.ellipse(mx, my + 58, 16, 7, "#1e0e06")
    for k in range(5):
        cv.line([(mx - 40 + k * 20, my + 70), (mx - 34 + k * 20, my + 84)], "#e0b060", 3, 200)
    cv.ellipse(mx, 552, 60, 7, "#3a1e10", 100)
    # the centre plinth is empty: a pale ring where an object used to stand
    cv.ellipse(800, 486, 34, 7, "#d8c09a")
    cv.glow(800, 486, 60, "#fff6e0", 0.5, ry=20)
    # bowl on a low stand at the back right
    cv.rect(1000, 590, 1060, 640, "#ead7b8")
    cv.poly([(1000, 590), (1060, 590), (1056, 584), (1004, 584)], "#fbf1df")
    bowl = [(1030 + 34 * math.cos(math.radians(a)), 560 + 22 * math.sin(math.radians(a))) for a in range(0, 181, 10)]
    cv.poly(bowl, "#3d6a6a")
    cv.ellipse(1030, 560, 34, 6, "#2a4a4a")
    cv.rect(1020, 580, 1040, 586, "#3d6a6a")


def scene_grain_silos(cv):
    rng = cv.rng
    HZ = 590
    cv.vgrad([(0, "#2f6fb3"), (0.55, "#79b2dc"), (1, "#d8ecf2")], 0, HZ, box=(0, 0, W, HZ))
    # big cumulus clouds
    def cumulus(cx, cy, w, a=255):
        parts = []
        n = 7
        for i in range(n):
            t = i / (n - 1)
            r = w * 0.13 * (0.6 + 0.9 * math.sin(math.pi * t)) * rng.uniform(0.85, 1.1)
            parts.append((cx - w / 2 + w * t, cy - r * 0.6, r))
        top = [(cx + rng.uniform(-w * 0.2, w * 0.2), cy - w * 0.2, w * 0.15)]
        for x, y, r in parts + top:
            cv.circle(x + r * 0.1, y + r * 0.14, r, "#b9cde0", a)
        for x, y, r in parts + top:
            cv.circle(x, y, r * 0.92, "#ffffff", a)
    # draw clouds then cut their bottoms by re-painting sky in thin bands
    for cx, cy, w in [(300, 270, 420), (960, 240, 500), (1440, 350, 300), (660, 430, 240)]:
        cumulus(cx, cy, w)
        # flatten the cloud base by repainting the sky below it
        cv.vgrad([(0, "#2f6fb3"), (0.55, "#79b2dc"), (1, "#d8ecf2")], 0, HZ,
                 box=(cx - w * 0.8, cy, cx + w * 0.8, cy + w * 0.2))
        cv.rrect(cx - w * 0.5, cy - 14, cx + w * 0.5, cy, 6, "#c9d9e8", 160)
    cv.glow(800, HZ, 900, "#fff0cf", 0.35, 1.4, ry=160)
    # distant hills and tree line
    pts = [(0, HZ)] + [(x, HZ - 22 - 16 * math.sin(x / 210.0 + 1) - 8 * math.sin(x / 70.0)) for x in range(0, W + 20, 20)] + [(W, HZ)]
    cv.poly(pts, "#8fae9a")
    for i in range(70):
        x = rng.uniform(0, W)
        cv.poly(blob(x, HZ - 6, rng.uniform(14, 30), rng.uniform(8, 16), rng), "#5f7f5a")
    # wheat field
    cv.vgrad([(0, "#d9a440"), (0.4, "#e7b552"), (1, "#c48a2c")], HZ, H, box=(0, HZ, W, H))
    VP = (560, HZ)
    for k in range(-40, 41):
        xb = VP[0] + k * 70
        cv.line([(VP[0] + k * 2.6, HZ + 2), (xb, H)], "#b8801f" if k % 2 else "#f1c86a", 2.2, 120)
    # farm track to the silos
    cv.poly([(VP[0] + 30, HZ + 2), (VP[0] + 46, HZ + 2), (1210, H), (1010, H)], "#caa06a")
    cv.poly([(VP[0] + 36, HZ + 2), (VP[0] + 40, HZ + 2), (1120, H), (1100, H)], "#d9a440", 200)

    # silos (right of centre, standing at the horizon line + a bit forward)
    base = HZ + 40
    sils = [(1020, 96, 300), (1122, 96, 330), (1224, 96, 330), (1326, 96, 300)]
    # headhouse / elevator tower
    cv.hgrad([(0, "#e9e4da"), (1, "#a9a59c")], 900, 970, box=(900, base - 460, 968, base))
    cv.poly([(892, base - 460), (976, base - 460), (960, base - 500), (908, base - 500)], "#8a8680")
    for k in range(8):
        cv.rect(916, base - 440 + k * 48, 932, base - 424 + k * 48, "#6e7a86")
    # conveyor gallery from tower to silo tops
    cv.poly([(968, base - 420), (1380, base - 362), (1380, base - 348), (968, base - 404)], "#b7b2a7")
    for k in range(20):
        x = 980 + k * 20
        cv.line([(x, base - 418 + (x - 968) * 0.141), (x, base - 404 + (x - 968) * 0.141)], "#8a8680", 1.5)
    # shadows on the field
    cv.poly([(960, base), (1420, base), (1600, base + 90), (1100, base + 90)], "#8a5a1c", 90)
    for x, w, h in sils:
        x0, x1 = x - w / 2, x + w / 2
        cv.hgrad([(0, "#cfcac0"), (0.25, "#f4f0e8"), (0.7, "#bdb8ae"), (1, "#8e8a82")], x0, x1,
                 box=(x0, base - h, x1, base))
        for k in range(1, 10):
            yb = base - h + k * h / 10
            cv.line([(x0, yb), (x1, yb)], "#9a968e", 1.2, 120)
        cap = [(x0 - 4, base - h), (x1 + 4, base - h), (x, base - h - 44)]
        cv.hgrad([(0, "#d8d4cc"), (0.4, "#ffffff"), (1, "#9a968e")], x0, x1, shape=cap)
        cv.rect(x - 7, base - h - 54, x + 7, base - h - 40, "#8a8680")
    # ladder on the first silo
    cv.line([(1000, base - 300), (1000, base)], "#6e6a64", 2)
    cv.line([(1012, base - 300), (1012, base)], "#6e6a64", 2)
    for k in range(30):
        cv.line([(1000, base - k * 10), (1012, base - k * 10)], "#6e6a64", 1)
    # small farm shed + truck
    cv.rect(1420, base - 70, 1560, base, "#b04a32")
    cv.poly([(1410, base - 70), (1490, base - 110), (1570, base - 70)], "#7a3222")
    cv.rect(1470, base - 44, 1510, base, "#5a2418")
    # foreground wheat stalks
    for i in range(420):
        x = rng.uniform(-10, W + 10)
        y = rng.uniform(770, H + 20)
        t = (y - 770) / (H + 20 - 770)
        h = 30 + 70 * t
        lean = rng.uniform(-8, 8)
        c = rng.choice(["#f3cd6e", "#e2ac45", "#c9902e", "#f7dc8c"])
        cv.line([(x, y), (x + lean, y - h)], c, 1.2 + 1.2 * t, 230)
        cv.ellipse(x + lean, y - h - 6 * (1 + t), 2.5 + 2 * t, 8 + 6 * t, c)


def lorry(cv, x, y, s, ang, trailer, cab):
    """Articulated lorry, side view facing right. (x, y) = front wheel contact point."""
    T = lambda pts: tf(pts, x, y, s, ang)
    cv.poly(T([(-255, -8), (-20, -8), (-20, -4), (-255, -4)]), "#1e2328")
    cv.poly(T([(-262, -16), (-70, -16), (-70, -100), (-262, -100)]), trailer)
    cv.poly(T([(-262, -100), (-70, -100), (-70, -92), (-262, -92)]), mix(col(trailer), C("#ffffff"), 0.35))
    cv.poly(T([(-262, -22), (-70, -22), (-70, -16), (-262, -16)]), mix(col(trailer), C("#000000"), 0.35))
    for k in range(1, 8):
        cv.line(T([(-262 + k * 24, -96), (-262 + k * 24, -22)]), mix(col(trailer), C("#000000"), 0.2), 1.0 * s, 160)
    # cab
    cv.poly(T([(-64, -16), (0, -16), (0, -70), (-8, -92), (-64, -92)]), cab)
    cv.poly(T([(-56, -84), (-10, -84), (-4, -66), (-56, -66)]), "#2a3a4a")
    cv.poly(T([(-46, -82), (-30, -82), (-30, -68), (-46, -68)]), "#8fb1c8", 150)
    cv.poly(T([(-64, -40), (0, -40), (0, -34), (-64, -34)]), mix(col(cab), C("#000000"), 0.3))
    # lights
    hx, hy = T([(-2, -28)])[0]
    cv.glow(hx, hy, 12 * s, "#fff2c0", 0.9)
    for wx in (-230, -205, -40):
        cx, cy = T([(wx, -8)])[0]
        cv.circle(cx, cy, 11 * s, "#15191d")
        cv.circle(cx, cy, 5 * s, "#7c858e")


def scene_border_crossing(cv):
    rng = cv.rng
    cv.vgrad([(0, "#3f74b5"), (0.6, "#9cc0df"), (1, "#e6eef4")], 0, 560, box=(0, 0, W, H))
    # far peaks
    def peaks(base, pts_list, body, shade, snow, snow_sh, snowline):
        for (x, top, w) in pts_list:
            tri = [(x - w, base), (x, top), (x + w, base)]
            cv.poly(tri, body)
            cv.poly([(x, top), (x + w, base), (x + w * 0.2, base)], shade)
            sl = top + (base - top) * snowline
            zig = [(x, top)]
            for k in range(7):
                t = k / 6.0
                zig.append((x + w * (t - 0.5) * 2 * (sl - top) / (base - top),
                            sl + (12 if k % 2 else -6)))
            zig_l = [(x, top)] + [p for p in zig[1:] if p[0] <= x + 1] + [(x, sl + 10)]
            cv.poly(zig, snow)
            cv.poly([(x, top)] + [p for p in zig[1:] if p[0] >= x] + [(x + 2, sl)], snow_sh)
    peaks(520, [(260, 170, 330), (640, 120, 360), (1010, 190, 300), (1330, 140, 380), (1600, 230, 260)],
          "#8aa3bf", "#6f88a6", "#f6f9fc", "#c9d6e6", 0.42)
    cv.glow(800, 520, 900, "#ffffff", 0.35, 1.5, ry=120)
    peaks(600, [(90, 330, 300), (470, 360, 280), (860, 300, 330), (1250, 350, 300), (1560, 320, 260)],
          "#5c7491", "#4a6080", "#eef3f8", "#b6c6da", 0.3)
    # snowy foothills
    pts = [(0, H)] + [(x, 600 - 40 * math.sin(x / 260.0 + 0.6) - 20 * math.sin(x / 90.0)) for x in range(0, W + 20, 20)] + [(W, H)]
    cv.vgrad([(0, "#f4f7fb"), (1, "#c9d7e6")], 540, H, shape=pts)
    # distant pines
    for i in range(60):
        x = rng.uniform(0, W)
        y = 600 - 40 * math.sin(x / 260.0 + 0.6) - 20 * math.sin(x / 90.0) + rng.uniform(0, 30)
        h = rng.uniform(18, 36)
        cv.poly([(x - h * 0.3, y), (x, y - h), (x + h * 0.3, y)], "#34505a")

    # road: rising from bottom-left to the checkpoint on the right
    A, B = (-60, 880), (1290, 640)
    ang = math.degrees(math.atan2(B[1] - A[1], B[0] - A[0]))
    def road_pt(t, off):
        x = lerp(A[0], B[0], t)
        y = lerp(A[1], B[1], t)
        nx, ny = math.sin(math.radians(-ang)), math.cos(math.radians(-ang))
        w = lerp(1.0, 0.55, t)
        return (x + nx * off * w, y + ny * off * w)
    n = 30
    upper = [road_pt(i / n, -26) for i in range(n + 1)]
    lower = [road_pt(i / n, 34) for i in range(n + 1)]
    # continuation of the road beyond the barrier, curving away
    cv.line(bezier((1290, 646), (1420, 600), (1600, 610), 30), "#5d6670", 26)
    cv.poly(upper + lower[::-1], "#4c545e")
    cv.poly([road_pt(i / n, 30) for i in range(n + 1)] + [road_pt(i / n, 34) for i in range(n + 1)][::-1], "#f4f7fb")
    for i in range(0, n, 2):
        a, b = road_pt(i / n, 4), road_pt((i + 0.6) / n, 4)
        cv.line([a, b], "#e8e2c8", 3 * lerp(1, 0.55, i / n))
    # snow bank beside the road
    cv.poly(lower + [(W, H), (-60, H)], "#eef3f8")
    cv.poly([road_pt(i / n, 34) for i in range(n + 1)] + [road_pt(i / n, 60) for i in range(n + 1)][::-1], "#c9d7e6")

    # checkpoint: booth, canopy, barrier (drawn in local coords, scaled up)
    bx, by, ks = 1300, 640, 1.55
    K = lambda pts: tf([(x - bx, y - by) for x, y in pts], bx, by, ks)
    KR = lambda x0, y0, x1, y1, c: cv.poly(K([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), c)
    KR(1330, by - 66, 1390, by, "#e8ecef")
    KR(1338, by - 56, 1382, by - 30, "#7fb0d0")
    cv.glow(*K([(1360, by - 44)])[0], 70, "#fff0c0", 0.35)
    KR(1240, by - 104, 1420, by - 92, "#3d4650")
    KR(1246, by - 92, 1414, by - 88, "#f0c040")
    KR(1250, by - 92, 1256, by, "#3d4650")
    KR(1404, by - 92, 1410, by, "#3d4650")
    # barrier arm (red/white bands) pointing left over the road
    KR(1300, by - 46, 1314, by + 4, "#3d4650")
    for k in range(6):
        KR(1300 - (k + 1) * 22, by - 40, 1300 - k * 22, by - 32, "#d63a2c" if k % 2 == 0 else "#ffffff")
    lx, ly = K([(1262, by - 70)])[0]
    cv.line(K([(1262, by - 92), (1262, by - 64)]), "#3d4650", 3)
    cv.glow(lx, ly, 24, "#ff3b30", 0.9)
    cv.circle(lx, ly, 6, "#ff6a5a")
    # flagpole (plain colour block)
    cv.line(K([(1440, by), (1440, by - 150)]), "#3d4650", 3.5)
    cv.poly(K([(1441, by - 150), (1490, by - 146), (1490, by - 118), (1441, by - 122)]), "#2f6f9a")

    # queue of lorries
    trailers = ["#c44a3a", "#2f6f8a", "#e8e4da", "#e0a93a", "#3b5f9a", "#6f8f6a", "#a04a6a"]
    cabs = ["#e8e8e8", "#2a3a5a", "#c0392b", "#f2f2f2", "#3a6a4a", "#e0a93a", "#dde3ea"]
    t = 0.86
    i = 0
    while t > -0.05 and i < 7:
        s = lerp(1.0, 0.55, t) * 0.95
        x, y = road_pt(t, 14)
        lorry(cv, x, y, s, ang, trailers[i], cabs[i])
        L = (278 * s) / math.hypot(B[0] - A[0], B[1] - A[1])
        t -= L * 1.05
        i += 1
    # foreground snowy pines
    for x, y, h in [(60, 905, 320), (170, 915, 230), (1500, 910, 300), (1580, 905, 240), (1380, 920, 160)]:
        for k in range(4):
            w = h * (0.38 - k * 0.07)
            yy = y - k * h * 0.22
            cv.poly([(x - w, yy), (x, yy - h * 0.42), (x + w, yy)], "#1e3a40")
            cv.poly([(x - w * 0.7, yy - h * 0.1), (x, yy - h * 0.42), (x + w * 0.1, yy - h * 0.12)], "#f4f7fb", 220)
        cv.rect(x - 6, y - 10, x + 6, y, "#2a2020")


def scene_ransomware_hospital(cv):
    rng = cv.rng
    GY = 770
    cv.vgrad([(0, "#05081a"), (0.7, "#121c3a"), (1, "#1f2c4e")], 0, GY, box=(0, 0, W, GY))
    for i in range(120):
        cv.circle(rng.uniform(0, W), rng.uniform(0, 400), rng.uniform(0.5, 1.3), "#ffffff", rng.uniform(40, 160))
    cv.circle(1400, 120, 34, "#e8eef8")
    cv.circle(1386, 112, 30, "#05081a")  # crescent
    # city behind
    x = 0
    while x < W:
        w = rng.uniform(50, 120)
        h = rng.uniform(60, 220)
        cv.rect(x, GY - h, x + w, GY, "#0e1530")
        x += w + rng.uniform(0, 10)
    # hospital: main tower + low wing
    mx0, mx1, mtop = 360, 1180, 200
    cv.rect(mx0, mtop, mx1, GY, "#1c2744")
    cv.rect(mx0, mtop, mx0 + 30, GY, "#243153")
    cv.rect(mx0 - 8, mtop - 12, mx1 + 8, mtop, "#2b3a60")
    cv.rect(1180, 500, 1480, GY, "#18223c")
    cv.rect(1172, 488, 1488, 500, "#243153")
    cv.rect(120, 560, 360, GY, "#18223c")
    cv.rect(112, 548, 368, 560, "#243153")
    # rooftop plant + hospital cross sign
    cv.rect(560, mtop - 70, 760, mtop - 12, "#161f38")
    cv.rect(880, mtop - 40, 960, mtop - 12, "#161f38")
    sx, sy = 660, mtop - 140
    cv.line([(sx - 40, mtop - 70), (sx - 40, sy + 40)], "#161f38", 4)
    cv.line([(sx + 40, mtop - 70), (sx + 40, sy + 40)], "#161f38", 4)
    cv.glow(sx, sy, 110, "#2fc9b0", 0.4)
    cv.rect(sx - 48, sy - 48, sx + 48, sy + 48, "#1fae98")
    cv.rect(sx - 12, sy - 34, sx + 12, sy + 34, "#ffffff")
    cv.rect(sx - 34, sy - 12, sx + 34, sy + 12, "#ffffff")
    # windows
    red_cells = {(2, 3), (2, 4), (3, 4), (3, 5), (4, 3), (5, 8), (6, 8), (5, 9), (1, 10)}
    cols_n, rows_n = 12, 9
    cw = (mx1 - mx0 - 60) / cols_n
    rh = (GY - 120 - mtop - 30) / rows_n
    for r in range(rows_n):
        for c in range(cols_n):
            wx = mx0 + 40 + c * cw
            wy = mtop + 30 + r * rh
            if (r, c) in red_cells:
                continue
            v = rng.random()
            if v < 0.42:
                colr = "#0b1122"
            elif v < 0.8:
                colr = "#bcd8ec"
            else:
                colr = "#f2dca0"
            cv.rect(wx, wy, wx + cw - 16, wy + rh - 18, colr)
            cv.rect(wx, wy + rh - 18, wx + cw - 16, wy + rh - 15, "#2b3a60")
    for (r, c) in red_cells:
        wx = mx0 + 40 + c * cw
        wy = mtop + 30 + r * rh
        cx, cy = wx + (cw - 16) / 2, wy + (rh - 18) / 2
        cv.glow(cx, cy, 110, "#ff2a2a", 0.35, 1.6)
    for (r, c) in red_cells:
        wx = mx0 + 40 + c * cw
        wy = mtop + 30 + r * rh
        cv.vgrad([(0, "#ff6a5a"), (1, "#c0141e")], wy, wy + rh - 18, box=(wx, wy, wx + cw - 16, wy + rh - 18))
        cv.rect(wx + 6, wy + 8, wx + cw - 22, wy + rh - 30, "#ff9a8a", 90)
        cv.rect(wx, wy + rh - 18, wx + cw - 16, wy + rh - 15, "#2b3a60")
    # wing windows
    for r in range(4):
        for c in range(8):
            wx, wy = 1200 + c * 35, 520 + r * 44
            if wy > GY - 120:
                continue
            cv.rect(wx, wy, wx + 22, wy + 26, "#bcd8ec" if rng.random() < 0.5 else "#0b1122")
    for r in range(3):
        for c in range(7):
            wx, wy = 136 + c * 32, 580 + r * 44
            if wy > GY - 80:
                continue
            cv.rect(wx, wy, wx + 20, wy + 26, "#f2dca0" if rng.random() < 0.4 else "#0b1122")
    # entrance canopy and lit doors
    cv.glow(770, GY - 40, 220, "#9fd6ff", 0.35, ry=90)
    cv.rect(640, GY - 100, 900, GY, "#d9ecf6")
    for k in range(5):
        cv.rect(652 + k * 50, GY - 90, 690 + k * 50, GY, "#a8d0e8")
    cv.rect(600, GY - 118, 940, GY - 100, "#e8eef4")
    cv.rect(612, GY - 100, 620, GY, "#2b3a60")
    cv.rect(920, GY - 100, 928, GY, "#2b3a60")
    # ground / road
    cv.vgrad([(0, "#1a2238"), (1, "#070a14")], GY, H, box=(0, GY, W, H))
    cv.rect(0, GY, W, GY + 6, "#2b3a60")
    for k in range(8):
        cv.rect(40 + k * 210, 850, 140 + k * 210, 856, "#5a6480", 160)
    # red reflection of the windows on the pavement
    cv.glow(620, GY + 30, 380, "#ff2a2a", 0.12, ry=40)
    # street lamps
    for x in (90, 1540):
        cv.rect(x - 3, GY - 180, x + 3, GY + 10, "#0b1122")
        cv.line([(x, GY - 180), (x + (30 if x < 800 else -30), GY - 186)], "#0b1122", 4)
        lx = x + (30 if x < 800 else -30)
        cv.glow(lx, GY - 180, 80, "#ffd08a", 0.55)
        cv.circle(lx, GY - 182, 6, "#fff0d0")
    # ambulance
    ax, ay, s = 1130, GY + 60, 1.0
    A_ = lambda pts: tf(pts, ax, ay, s)
    cv.ellipse(ax + 10, ay + 4, 200, 12, "#000000", 120)
    cv.poly(A_([(-170, 0), (170, 0), (170, -60), (150, -110), (90, -118), (90, -150), (-170, -150)]), "#e9eef4")
    cv.poly(A_([(-170, -60), (170, -60), (170, -44), (-170, -44)]), "#1fae98")
    cv.poly(A_([(-170, -44), (170, -44), (170, -38), (-170, -38)]), "#e24a3a")
    cv.poly(A_([(96, -108), (146, -106), (164, -64), (96, -64)]), "#27364f")
    cv.poly(A_([(-150, -130), (-90, -130), (-90, -80), (-150, -80)]), "#c9d3de")
    # cross on the side (white on teal square)
    cv.poly(A_([(-40, -140), (20, -140), (20, -80), (-40, -80)]), "#1fae98")
    cv.poly(A_([(-16, -132), (-4, -132), (-4, -88), (-16, -88)]), "#ffffff")
    cv.poly(A_([(-32, -116), (12, -116), (12, -104), (-32, -104)]), "#ffffff")
    # light bar with blue flash
    cv.poly(A_([(60, -150), (130, -150), (130, -160), (60, -160)]), "#2a66ff")
    cv.glow(ax + 95, ay - 156, 140, "#3a7aff", 0.6, 1.8)
    cv.glow(ax + 95, ay - 156, 30, "#cfe0ff", 0.9)
    cv.glow(ax + 172, ay - 24, 60, "#fff2c0", 0.6)
    for wx in (-110, 100):
        cv.circle(ax + wx, ay, 26, "#0b0f18")
        cv.circle(ax + wx, ay, 11, "#6a7488")


def scene_central_bank(cv):
    rng = cv.rng
    cv.vgrad([(0, "#9db3ab"), (0.6, "#c9d6cf"), (1, "#e2e9e3")], 0, 740, box=(0, 0, W, H))
    for (x, y, w) in [(120, 140, 360), (1150, 100, 420), (700, 60, 260)]:
        cv.rrect(x, y, x + w, y + 12, 6, "#e9efeb", 160)
        cv.rrect(x + 50, y + 20, x + w - 40, y + 28, 4, "#e9efeb", 110)
    stone = "#d3dcd5"
    stone_m = "#b3c1b9"
    stone_d = "#7f9189"
    deep = "#4a5c55"
    # side wings
    for x0, x1 in ((40, 300), (1300, 1560)):
        cv.rect(x0, 300, x1, 740, stone_m)
        cv.rect(x0 - 6, 290, x1 + 6, 304, stone)
        for y in range(320, 740, 26):
            cv.line([(x0, y), (x1, y)], stone_d, 1.2, 120)
        for k in range(3):
            wx = x0 + 34 + k * 76
            cv.rect(wx, 370, wx + 44, 470, deep)
            cv.rect(wx - 6, 362, wx + 50, 370, stone)
            cv.rect(wx, 540, wx + 44, 640, deep)
            cv.rect(wx - 6, 532, wx + 50, 540, stone)
            cv.rect(wx + 20, 370, wx + 24, 470, stone_d)
            cv.rect(wx + 20, 540, wx + 24, 640, stone_d)
    # recessed wall behind the colonnade
    cv.rect(300, 330, 1300, 740, "#93a59d")
    cv.vgrad([(0, "#5f726b"), (1, "#93a59d")], 330, 420, box=(300, 330, 1300, 420))
    # doors and windows between columns
    door_x = [(760, 840)]
    cv.rect(740, 520, 860, 720, "#3a4a44")
    cv.ellipse(800, 520, 60, 40, "#3a4a44")
    cv.rect(752, 540, 848, 720, "#8a7a56")
    cv.rect(798, 540, 802, 720, "#5a4e36")
    for k in range(3):
        cv.rect(760, 560 + k * 52, 792, 600 + k * 52, "#9c8b62")
        cv.rect(808, 560 + k * 52, 840, 600 + k * 52, "#9c8b62")
    for wx in (470, 610, 950, 1090):
        cv.rect(wx, 520, wx + 60, 680, deep)
        cv.rect(wx - 8, 510, wx + 68, 520, stone)
        cv.rect(wx + 28, 520, wx + 32, 680, "#6f827a")
    # columns
    ncol = 8
    xs = [330 + k * (940 / (ncol - 1)) for k in range(ncol)]
    for x in xs:
        cw = 60
        x0, x1 = x - cw / 2, x + cw / 2
        cv.ellipse(x + 10, 730, 40, 8, deep, 90)
        cv.hgrad([(0, "#a5b4ac"), (0.3, "#f2f6f3"), (0.75, "#bfcbc4"), (1, "#8a9a92")], x0, x1,
                 box=(x0 + 3, 352, x1 - 3, 712))
        for f in range(1, 6):
            fx = x0 + 3 + f * (cw - 6) / 6
            cv.line([(fx, 356), (fx, 708)], stone_d, 1.2, 110)
        # base
        cv.rect(x0 - 6, 712, x1 + 6, 722, stone)
        cv.rect(x0 - 10, 722, x1 + 10, 734, stone_m)
        # ionic capital with volutes
        cv.rect(x0 - 8, 338, x1 + 8, 352, stone)
        cv.rect(x0 - 14, 330, x1 + 14, 338, stone_m)
        for vx in (x0 - 6, x1 + 6):
            cv.circle(vx, 346, 9, stone)
            cv.ring(vx, 346, 9, stone_d, 1.6)
            cv.circle(vx, 346, 3, stone_d)
    # entablature
    cv.rect(280, 300, 1320, 330, stone)
    cv.rect(280, 322, 1320, 330, stone_m)
    cv.rect(270, 270, 1330, 300, stone_m)
    for x in range(280, 1322, 18):
        cv.rect(x, 262, x + 10, 272, stone)
    cv.rect(262, 254, 1338, 264, stone)
    # pediment
    cv.poly([(262, 254), (800, 110), (1338, 254)], stone)
    cv.poly([(320, 244), (800, 128), (1280, 244)], stone_m)
    cv.poly([(340, 244), (800, 134), (1260, 244)], "#a8b8b0")
    # central roundel relief (no text)
    cv.circle(800, 200, 34, stone)
    cv.ring(800, 200, 34, stone_d, 2)
    cv.ring(800, 200, 22, stone_d, 1.4)
    for k in range(12):
        a = math.radians(k * 30)
        cv.line([(800 + 22 * math.cos(a), 200 + 22 * math.sin(a)), (800 + 31 * math.cos(a), 200 + 31 * math.sin(a))], stone_d, 1.4)
    # garland relief
    for side in (-1, 1):
        pts = [(800 + side * (60 + k * 24), 210 + 14 * math.sin(k * 0.9)) for k in range(12)]
        cv.line(pts, stone_d, 3, 140)
    # acroteria
    for x, y in ((262, 254), (800, 110), (1338, 254)):
        cv.poly([(x - 14, y), (x, y - 24), (x + 14, y)], stone_m)
    # steps
    for k in range(8):
        y = 734 + k * 21
        x0 = 250 - k * 26
        x1 = 1350 + k * 26
        cv.rect(x0, y, x1, y + 21, mix(C("#e1e8e3"), C("#b6c4bc"), k / 8.0))
        cv.rect(x0, y + 17, x1, y + 21, stone_d, 160)
    # plinths with bronze lamps
    for x in (200, 1400):
        cv.rect(x - 40, 660, x + 40, 734, stone_m)
        cv.rect(x - 46, 652, x + 46, 662, stone)
        cv.rect(x - 4, 540, x + 4, 652, "#4a5448")
        cv.rect(x - 14, 510, x + 14, 545, "#4a5448")
        cv.rect(x - 10, 514, x + 10, 540, "#f5ecc8")
        cv.poly([(x - 18, 510), (x, 494), (x + 18, 510)], "#4a5448")
    # a few small figures for scale
    for x, y, s in ((560, 816, 1.0), (600, 818, 0.95), (1040, 774, 0.9), (1180, 860, 1.1)):
        cv.circle(x, y - 48 * s, 7 * s, "#3a4a44")
        cv.rrect(x - 9 * s, y - 40 * s, x + 9 * s, y - 12 * s, 5 * s, "#3a4a44")
        cv.rect(x - 7 * s, y - 14 * s, x - 2 * s, y, "#3a4a44")
        cv.rect(x + 2 * s, y - 14 * s, x + 7 * s, y, "#3a4a44")
    # soft shade at base of the colonnade
    cv.glow(800, 740, 700, "#3a4a44", 0.12, ry=40)


def chair(cv, x, y, s, c):
    cv.rect(x - 12 * s, y - 18 * s, x + 12 * s, y - 14 * s, c)              # seat
    cv.rect(x - 12 * s, y - 44 * s, x - 8 * s, y, c)                        # back leg
    cv.rrect(x - 14 * s, y - 46 * s, x - 6 * s, y - 24 * s, 2 * s, c)       # back
    cv.rect(x + 8 * s, y - 16 * s, x + 11 * s, y, c)                        # front leg


def stand(cv, x, y, s, c):
    cv.line([(x, y), (x, y - 50 * s)], c, 1.8 * s)
    cv.line([(x - 9 * s, y), (x, y - 8 * s), (x + 9 * s, y)], c, 1.6 * s)
    cv.poly([(x - 16 * s, y - 50 * s), (x + 16 * s, y - 50 * s), (x + 13 * s, y - 68 * s), (x - 13 * s, y - 68 * s)], c)


def scene_orchestra(cv):
    rng = cv.rng
    # back wall: warm wooden panels
    cv.vgrad([(0, "#2a130c"), (0.5, "#5a2c18"), (1, "#7a4224")], 0, 560, box=(0, 0, W, 560))
    for k in range(0, W, 36):
        cv.rect(k, 180, k + 2, 560, "#3a1a0e", 120)
    cv.rect(0, 172, W, 182, "#8a5a30")
    # organ pipes
    for k in range(-16, 17):
        x = 800 + k * 22
        h = 150 - abs(k) * 6 + (10 if k % 2 else 0)
        top = 170 - h
        cv.hgrad([(0, "#8a6a34"), (0.4, "#f0cf80"), (1, "#6a4a20")], x - 8, x + 8, box=(x - 8, max(8, top), x + 8, 170))
        cv.poly([(x - 8, 170), (x + 8, 170), (x, 182)], "#6a4a20")
    # choir risers (empty)
    for k in range(3):
        cv.rect(0, 430 + k * 40, W, 436 + k * 40, "#4a2414", 160)
    # stage light pool
    cv.glow(800, 560, 760, "#ffcf8a", 0.45, 1.3, ry=300)
    # stage floor
    floor = [(120, 540), (1480, 540), (1560, 740), (40, 740)]
    cv.vgrad([(0, "#a86a34"), (1, "#c98a4a")], 540, 740, shape=floor)
    for k in range(-20, 21):
        cv.line([(800 + k * 34, 540), (800 + k * 39, 740)], "#8a5226", 1.1, 120)
    cv.glow(800, 640, 420, "#fff0c8", 0.45, 1.4, ry=110)
    cv.rect(40, 740, 1560, 760, "#2a120a")
    cv.rect(40, 736, 1560, 742, "#e0a860")
    # chairs and stands in concentric arcs (empty, some askew)
    dark = "#1c0e08"
    for ring_i, (ry, rx, n, s) in enumerate([(120, 600, 16, 1.15), (95, 450, 12, 1.3), (70, 300, 8, 1.45)]):
        for k in range(n):
            a = math.pi * (0.1 + 0.8 * k / (n - 1))
            x = 800 - rx * math.cos(a)
            y = 480 + ry * math.sin(a) + 30 + ring_i * 40
            if rng.random() < 0.12:
                continue
            chair(cv, x, y, s * 1.05, dark)
            if k % 2 == 0:
                stand(cv, x + 22 * s, y + 10 * s, s, dark)
    # conductor's podium
    cv.rect(770, 690, 830, 712, "#2a120a")
    cv.poly([(770, 690), (830, 690), (824, 684), (776, 684)], "#6a3a1a")
    stand(cv, 800, 686, 1.2, dark)
    # double bass lying on its side in front of an empty chair (front right)
    chair(cv, 1190, 728, 2.1, dark)
    bx, by, ang = 1150, 724, -16
    u = 1.0
    B_ = lambda pts: tf(pts, bx, by, u, ang)
    # half-width profile from the bottom (t=0) to the top (t=1) of the body
    prof_t = [0.0, 0.03, 0.1, 0.2, 0.32, 0.42, 0.5, 0.58, 0.68, 0.8, 0.9, 1.0]
    prof_w = [0.30, 0.68, 0.9, 1.0, 0.92, 0.7, 0.62, 0.7, 0.76, 0.66, 0.42, 0.16]
    BH, BW = 200, 64
    right = []
    for i in range(61):
        t = i / 60.0
        for k in range(len(prof_t) - 1):
            if prof_t[k] <= t <= prof_t[k + 1]:
                f = (t - prof_t[k]) / (prof_t[k + 1] - prof_t[k])
                f = (1 - math.cos(math.pi * f)) / 2
                w = lerp(prof_w[k], prof_w[k + 1], f)
                break
        right.append((w * BW, -t * BH))
    outline = right + [(-x, y) for x, y in right[::-1]]
    pts = B_(outline)
    cv.poly(B_([(x * 1.04, y + 3) for x, y in outline]), "#2a0e04")          # rim
    cv.hgrad([(0, "#5a2208"), (0.3, "#b8602a"), (0.5, "#e0904a"), (0.75, "#a04e1c"), (1, "#4a1a06")],
             min(p[0] for p in pts), max(p[0] for p in pts), shape=pts)
    # f-hole-like sound holes as simple slim curves, bridge, tailpiece, neck
    for sx_ in (-1, 1):
        cv.line(B_([(sx_ * 22, -70), (sx_ * 18, -86), (sx_ * 22, -104)]), "#2a0e04", 2.5)
    cv.poly(B_([(-20, -84), (20, -84), (16, -96), (-16, -96)]), "#e8c890")     # bridge
    cv.poly(B_([(-10, -14), (10, -14), (7, -56), (-7, -56)]), "#1a0a04")       # tailpiece
    cv.poly(B_([(-7, -60), (7, -60), (6, -330), (-6, -330)]), "#1a0a04")       # fingerboard
    cv.poly(B_([(-6, -330), (6, -330), (8, -350), (-8, -350)]), "#5a2208")     # pegbox
    cv.circle(*B_([(0, -358)])[0], 9, "#5a2208")
    cv.circle(*B_([(0, -358)])[0], 4, "#2a0e04")
    for k in range(3):
        cv.line(B_([(6, -334 + k * 6), (14, -334 + k * 6)]), "#1a0a04", 2)
        cv.line(B_([(-6, -334 + k * 6), (-14, -334 + k * 6)]), "#1a0a04", 2)
    for sx_ in (-4.5, -1.5, 1.5, 4.5):
        cv.line(B_([(sx_ * 0.7, -56), (sx_, -96), (sx_ * 0.6, -330)]), "#f0e0c0", 0.8, 190)
    cv.line(B_([(0, 0), (0, 10)]), "#1a0a04", 3)                               # endpin
    cv.ellipse(*B_([(-26, -130)])[0], 8, 34, "#ffe0b0", 70)                    # highlight
    cv.ellipse(bx + 10, 730, 70, 6, "#000000", 70)

    # curtains
    for side in (-1, 1):
        x0 = 0 if side < 0 else W - 170
        cv.hgrad([(0, "#5a0c14"), (0.3, "#b02030"), (0.55, "#7a1220"), (0.8, "#c02838"), (1, "#5a0c14")],
                 x0, x0 + 170, box=(x0, 0, x0 + 170, 760))
    cv.vgrad([(0, "#6a0e18"), (1, "#9a1a28")], 0, 80, box=(0, 0, W, 70))
    for k in range(0, W, 80):
        cv.ellipse(k + 40, 70, 40, 14, "#6a0e18")
    cv.rect(0, 0, W, 14, "#3a060c")
    # audience seats (red velvet), foreground
    cv.rect(0, 760, W, H, "#1a0608")
    for row, (y, sw, sh) in enumerate([(790, 60, 40), (832, 74, 50), (886, 90, 60)]):
        off = (row % 2) * sw / 2
        x = -sw + off
        while x < W + sw:
            cv.rrect(x + 4, y - sh / 2, x + sw - 4, y + sh, sh * 0.35, "#5a0c14")
            cv.rrect(x + 6, y - sh / 2, x + sw - 6, y + sh * 0.6, sh * 0.35, "#9b1d2a")
            cv.rrect(x + 12, y - sh / 2 + 3, x + sw - 12, y - sh / 2 + 9, 3, "#d04a50", 140)
            x += sw


def scene_heatwave_city(cv):
    rng = cv.rng
    GY = 800
    cv.vgrad([(0, "#e9954a"), (0.35, "#f3b55e"), (0.7, "#f9d688"), (1, "#fbe6b2")], 0, GY, box=(0, 0, W, GY))
    # huge pale sun
    cv.glow(800, 470, 760, "#fff2c8", 0.6, 1.3)
    cv.glow(800, 470, 360, "#fffbe8", 0.85, 1.1)
    cv.circle(800, 470, 270, "#fff6dc")
    cv.circle(800, 470, 270, "#ffffff", 60)
    # skyline layers: far (pale) to near (dark)
    layers = [
        (0.30, "#f1c185", 180, 330, 60, 110, 0.2),
        (0.55, "#e3a063", 130, 280, 50, 100, 0.35),
        (0.80, "#c8703f", 80, 250, 60, 130, 0.5),
        (1.00, "#8e3f24", 40, 220, 70, 150, 0.6),
    ]
    rr = random.Random(cv.seed + 3)
    for depth, colr, hmin, hmax, wmin, wmax, feat in layers:
        base = GY + (1 - depth) * -40
        x = -40
        while x < W + 40:
            w = rr.uniform(wmin, wmax)
            h = rr.uniform(hmin, hmax) * (1.15 if rr.random() < 0.15 else 1.0)
            top = base - h
            cv.rect(x, top, x + w, GY + 10, colr)
            kind = rr.random()
            if kind < feat * 0.3:
                cv.poly([(x + w * 0.3, top), (x + w * 0.5, top - h * 0.35), (x + w * 0.7, top)], colr)
                cv.line([(x + w * 0.5, top - h * 0.35), (x + w * 0.5, top - h * 0.5)], colr, 2)
            elif kind < feat * 0.6:
                cv.rect(x + w * 0.2, top - 30, x + w * 0.8, top, colr)
                cv.rect(x + w * 0.4, top - 60, x + w * 0.6, top - 30, colr)
            elif kind < feat * 0.8:
                # water tower
                tx = x + w * 0.6
                cv.rect(tx - 12, top - 34, tx + 12, top - 10, colr)
                cv.poly([(tx - 14, top - 34), (tx, top - 46), (tx + 14, top - 34)], colr)
                cv.line([(tx - 10, top - 10), (tx - 12, top)], colr, 2)
                cv.line([(tx + 10, top - 10), (tx + 12, top)], colr, 2)
            if depth >= 0.8:
                wc = mix(col(colr), C("#ffe2a8"), 0.35)
                for yy in range(int(top + 14), int(GY - 10), 22):
                    for xx in range(int(x + 8), int(x + w - 10), 16):
                        if rr.random() < 0.5:
                            cv.rect(xx, yy, xx + 7, yy + 10, wc, 150)
            x += w + rr.uniform(-10, 8)
        # atmospheric haze band above each layer's base
        cv.soft_poly([(0, base - 60), (W, base - 60), (W, base), (0, base)], "#fbe0a8", 70, blur=25)
    # street
    cv.vgrad([(0, "#6e2a1a"), (1, "#3a140c")], GY, H, box=(0, GY, W, H))
    cv.rect(0, GY, W, GY + 4, "#c8703f")
    for k in range(10):
        cv.rect(20 + k * 170, 860, 110 + k * 170, 866, "#e3a063", 150)
    # mirage reflection on the road
    cv.soft_poly([(0, GY + 8), (W, GY + 8), (W, GY + 40), (0, GY + 40)], "#fbe0a8", 120, blur=10)

    # heat shimmer: displace rows of the lower half with a sine wave
    img = cv.img
    y0, y1 = int(520 * SS), int(880 * SS)
    src = img.copy()
    for y in range(y0, y1, 2):
        t = (y - y0) / (y1 - y0)
        dx = int(round(math.sin(y / (9.0 * SS)) * (2 + 6 * t) * SS * 0.5))
        if dx:
            strip = src.crop((0, y, W * SS, y + 2))
            img.paste(strip, (dx, y))
    cv.d = ImageDraw.Draw(img, "RGBA")
    # shimmer lines
    for i in range(26):
        y = rng.uniform(300, 860)
        x0 = rng.uniform(-100, W - 200)
        L = rng.uniform(160, 420)
        amp = rng.uniform(2, 5)
        ph = rng.uniform(0, 6.28)
        pts = [(x0 + L * k / 40.0, y + amp * math.sin(k / 3.0 + ph)) for k in range(41)]
        cv.line(pts, "#fff6dc", rng.uniform(1.5, 3), rng.uniform(60, 130))


SCENES = [
    ("port-cranes", scene_port_cranes, 101),
    ("river-delta-flood", scene_river_delta_flood, 102),
    ("undersea-cable", scene_undersea_cable, 103),
    ("festival-lanterns", scene_festival_lanterns, 104),
    ("coalition-talks", scene_coalition_talks, 105),
    ("wind-farm-auction", scene_wind_farm, 106),
    ("drone-perimeter", scene_drone_perimeter, 107),
    ("museum-restitution", scene_museum, 108),
    ("grain-silos", scene_grain_silos, 109),
    ("border-crossing-queue", scene_border_crossing, 110),
    ("ransomware-hospital", scene_ransomware_hospital, 111),
    ("central-bank", scene_central_bank, 112),
    ("orchestra-strike", scene_orchestra, 113),
    ("heatwave-city", scene_heatwave_city, 114),
]


def main(argv):
    only = set(argv[1:])
    os.makedirs(OUT_DIR, exist_ok=True)
    for stem, fn, seed in SCENES:
        if only and stem not in only:
            continue
        cv = Canvas(seed)
        fn(cv)
        path = os.path.join(OUT_DIR, stem + ".jpg")
        size = cv.finish(path)
        flag = "" if size <= MAX_BYTES else "  (over size budget!)"
        print("%-24s %7d bytes%s" % (stem + ".jpg", size, flag))


if __name__ == "__main__":
    main(sys.argv)
