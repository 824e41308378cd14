export async function load(path) {
  const res = await fetch(`https://api.duffel.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer duffel_live_e-fpk50Ux43FPPkIizzCZWOywmspX22we4Nv5H90xIe',
    },
  });
  return res.json();
}
