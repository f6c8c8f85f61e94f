//! Tables shared by the CSV and workbook tests.
#![allow(dead_code)]

pub const ACTION_LOG: &str = "Ref,Action,Person/s responsible,By,Status,Meeting date,RAG note\n\
3.1,Update on CSE Operations Group,CT & JR,30/01/2017,Open,08/12/2016,amber\n\
3.2,Communication about the Hub,CT,January 2017,In progress,08/12/2016,\n\
4.1,Write to head teachers,The Chair,30.1.17,Completed,08/12/2016,\n\
4.2,Spotlight on domestic violence,SC,Jan-17,,08/12/2016,\n\
5.1,Add Early Help to the risk register,VP,next meeting,,08/12/2016,\n\
6.1,Invite Kate Wells,SG,30 January 2017,,08/12/2016,\n\
7.1,Re-issue the framework,RJ,31.7.2106,,08/12/2016,\n";

pub const RISKS: &str = "Ref,Risk,Owner,Date raised,Likelihood,Impact,Score,Controls,Review date,Status,Target risk,DOT\n\
R1,Reduced grant,Rachel Whitworth,27/01/2017,4,4,16,Monthly forecasts; reserves reviewed,21/04/2017,Open,3x3=9,up\n\
R2,Information governance,Kofi Mensah,27/01/2017,3,5,12,E-learning,21/04/2017,open,,\n\
R3,ICT failure,Daniel Hale,27/01/2017,high,4,,Second data centre,31/09/2017,Closed,,\n";

pub const GRID: &str = "Initials,Agency,4.2.16,7.4.16,2.6.16\n\
AB,Adult Services,D,A,Y\n\
KP,CAFCASS,Y,D,Y\n\
GO,Governors Forum,-,Y,A\n\
RJ,Lay Member,Y,Y,N\n";
