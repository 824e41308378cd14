export async function load(path) {
  const res = await fetch(`https://api.render.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer rnd_UqFGw4AXTyBru6sh8zdeHidJbQCBZlHO',
    },
  });
  return res.json();
}
