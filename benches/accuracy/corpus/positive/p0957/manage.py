import os

os.environ.setdefault("CLOUDINARY_URL", "cloudinary://015670008199608:l8GKMIx20V3dEbnauaMKrh-pWZP@vpiedffk")
