"""Fixed lists of words that are NOT personal data but look like it to a detector: drug names,
clinical abbreviations and headings, capitalised everyday words, product names, job titles."""

DRUGS = (
    "Clonidine", "Zestril", "Heparin", "Metformin", "Lisinopril", "Atorvastatin", "Lipitor", "Coumadin",
    "Warfarin", "Lasix", "Furosemide", "Toprol XL", "Metoprolol", "Norvasc", "Amlodipine", "Plavix",
    "Aspirin", "Tylenol", "Percocet", "Dilaudid", "Zofran", "Protonix", "Nexium", "Keflex", "Levaquin",
    "Vancomycin", "Zosyn", "Lantus", "Humalog", "Synthroid", "Prednisone", "Albuterol", "Flomax",
    "Ativan", "Haldol", "Seroquel", "Zoloft", "Neurontin", "Gabapentin", "Colace", "Senna", "Digoxin",
    "Eliquis", "Xarelto", "Januvia", "Ambien", "Flagyl", "Bactrim", "Cipro", "Nitroglycerin",
)
DOSES = ("5 mg", "10 mg", "12.5 mg", "20 mg", "25 mg", "40 mg", "50 mg", "81 mg", "100 mg", "500 mg",
         "1 g", "2 mg", "0.125 mg", "5000 units", "10 units", "2.5 mg", "650 mg", "1000 mg")
FREQS = ("q.d.", "b.i.d.", "t.i.d.", "q.i.d.", "q.o.d.", "q.h.s.", "PRN", "q4h", "q6h PRN", "daily",
         "BID", "TID", "qAM", "qHS", "once daily", "every other day")
ROUTES = ("PO", "IV", "SC", "IM", "SL", "per os", "p.o.", "IVPB", "topically", "inh")
HEADINGS = (
    "HISTORY OF PRESENT ILLNESS", "PAST MEDICAL HISTORY", "SOCIAL HISTORY", "FAMILY HISTORY",
    "MEDICATIONS", "ALLERGIES", "REVIEW OF SYSTEMS", "PHYSICAL EXAMINATION", "LABORATORY DATA",
    "HOSPITAL COURSE", "ASSESSMENT AND PLAN", "DISCHARGE MEDICATIONS", "DISPOSITION", "IMPRESSION",
    "CHIEF COMPLAINT", "FOLLOW UP", "PROCEDURES", "CONDITION ON DISCHARGE",
)
CONDITIONS = (
    "hypertension", "type 2 diabetes mellitus", "CHF", "COPD", "atrial fibrillation", "CAD s/p CABG",
    "hyperlipidemia", "chronic kidney disease stage III", "GERD", "osteoarthritis", "hypothyroidism",
    "community-acquired pneumonia", "UTI", "cellulitis of the left lower extremity", "NSTEMI",
    "Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma", "Alzheimer's dementia", "DVT",
    "acute on chronic renal failure", "sepsis", "syncope", "chest pain", "shortness of breath",
)
FINDINGS = (
    "BP 142/88, HR 76, RR 18, T 98.6, SpO2 97% on RA", "afebrile, vitals stable", "lungs CTA bilaterally",
    "RRR, no m/r/g", "abdomen soft, NT/ND, +BS", "no edema", "A&O x3", "mild JVD", "2+ pitting edema",
    "WBC 11.2, Hgb 10.4, Plt 231", "Na 134, K 4.1, Cr 1.6", "troponin negative x2", "INR 2.4",
    "EKG: NSR, no acute ST changes", "CXR: no infiltrate", "HbA1c 8.2%", "BNP 1,240",
)
DEPARTMENTS = ("Emergency Department", "Cardiology", "Internal Medicine", "Oncology", "Radiology",
               "Orthopedics", "ICU", "MICU", "Walk-in Clinic", "Neurology", "General Surgery",
               "Physical Therapy", "Nephrology", "Pulmonary", "Endocrinology")
SPECIALISTS = ("Cardiologist", "Nephrologist", "Primary Care Physician", "Neurologist", "Oncologist",
               "Physical Therapist", "Social Worker", "Attending", "Resident", "Nurse Practitioner")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
PRODUCTS = ("Outlook", "Excel", "Teams", "Zoom", "Slack", "Jira", "Confluence", "SharePoint", "iPhone 14",
            "Galaxy S23", "ThinkPad X1", "MacBook Pro", "Windows 11", "Office 365", "Chrome", "Acrobat",
            "PowerPoint", "Kindle", "AirPods", "Pixel 8", "Workday", "SAP", "QuickBooks", "Dropbox")
PLANS = ("Premium Plus", "Business Pro", "Family Plan", "Basic", "Gold Tier", "Enterprise", "Starter")
ISSUES = ("my invoice shows a double charge", "I cannot log in since the update",
          "the parcel has not arrived",
          "the refund has not been credited", "the router keeps dropping the connection",
          "my card was declined at checkout", "I was billed for the Premium Plus plan I cancelled",
          "the delivery was left at the wrong address", "my account is locked after three attempts",
          "the replacement part is the wrong size", "the app crashes when I open Settings")
JOB_TITLES = ("Account Manager", "Senior Software Engineer", "Customer Success Lead", "Office Manager",
              "Head of Finance", "Registered Nurse", "Operations Director", "Sales Representative",
              "HR Business Partner", "Payroll Specialist", "Warehouse Supervisor", "Data Analyst",
              "Project Coordinator", "Chief Technology Officer", "Support Agent", "Team Lead")
SKILLS = ("Python", "SQL", "Excel", "Salesforce", "Agile", "Scrum", "Six Sigma", "PRINCE2", "German (C1)",
          "French (B2)", "forklift licence", "SAP FI/CO", "Kubernetes", "customer service", "AutoCAD")
DEGREES = ("BSc Computer Science", "MBA", "BA English Literature", "MSc Nursing",
           "BEng Mechanical Engineering",
           "Diploma in Accounting", "PhD Chemistry", "BA Economics", "MA Human Resource Management")
PRODUCT_LINES = ("Widget Pro 2000", "Ergo Chair Mk II", "USB-C Dock", "Annual Maintenance",
                 "Consulting hours",
                 "Toner Cartridge TN-760", "Safety Gloves (box)", "Cloud Storage 2 TB", "Installation",
                 "Laptop Stand", "Wireless Mouse M510", "Monitor 27in QHD", "Training Day")
CAPITALISED = ("Walk-in", "Friday", "Cardiologist", "Monday", "Emergency Department", "Discharge",
               "Follow-up", "Urgent", "Priority", "Thanks", "Regards", "Attachment", "Reminder", "Update",
               "Note", "Invoice", "Order", "Ticket", "Status", "Pending", "Approved", "Christmas", "Easter")
