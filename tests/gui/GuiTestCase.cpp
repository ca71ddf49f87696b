#include "GuiTestCase.h"
