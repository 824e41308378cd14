export async function load(path) {
  const res = await fetch(`https://api.deepseek.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer sk-2c3792ae1cbadc16c864ac8aebe8b0c8',
    },
  });
  return res.json();
}
