export async function load(path) {
  const res = await fetch(`https://api.discord.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bot ODU3Mjg1NTU5MjA1NDEzNzA0.mGcM-s.OzSR4GTFVUdRjZ9FAXuKAJGtVoE-EKqJ1NuZjq',
    },
  });
  return res.json();
}
