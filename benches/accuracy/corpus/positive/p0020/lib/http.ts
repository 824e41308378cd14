export async function load(path) {
  const res = await fetch(`https://api.cohere.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer bZbI1zn7XuxRfBImafSxDoXI8GWHTMmJdClSofC2',
    },
  });
  return res.json();
}
