region      = "eu-west-1"
environment = "production"
database_url = "postgresql://jmartin:npg_DRgm31j1Pjze@ep-fqzlm-tllmi-786pf2qm.us-east-2.aws.neon.tech/neondb?sslmode=require"
