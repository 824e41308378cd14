export async function load(path) {
  const res = await fetch(`https://api.databricks.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer dapif329df6c51b1f77927e76fabd383de26',
    },
  });
  return res.json();
}
